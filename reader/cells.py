"""Tables a web page or PDF flattened to one cell per line, put back into rows before the reply is read.

Two shapes are common on councils' disclosure logs: an HTML table whose cells each stand on a line of their own
between lines holding only "|" (a row ends where two such lines meet), and a two-column table whose cells
alternate period / figure on lines of their own ("2020/2021", blank, "27"). Both are rewritten into one line per
row. Every offset is kept — the rewrite only turns line breaks into spaces and a bar into a separator — so
figures found in the result point at the same characters in the original reply.
"""

from __future__ import annotations

import re

from .numbers import LOOSE_FIGURE, ZERO_WORDS
from .periods import parse_period

_VALUE_ONLY = re.compile(r"[ \t]*(?:£\s?)?(?:" + LOOSE_FIGURE + r"|" + "|".join(ZERO_WORDS) + r"|not held|n/a|-)[ \t]*%?[ \t]*$",
                         re.IGNORECASE)


def _starts(lines: list[str]) -> list[int]:
    """Where each of ``lines`` (a text split at its line breaks) starts in the text."""
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    return starts


def _bar_tables(text: str) -> str:
    if text.count("|") < 6:     # (six lines holding only "|" at least: most replies have no bar at all)
        return text
    lines = text.split("\n")
    bar = [ln.strip() == "|" for ln in lines]
    if sum(bar) < 6:
        return text
    starts = _starts(lines)
    chars = list(text)

    def cell(i: int) -> bool:
        # a line between bars: a cell of the table (the line above its first bar is not one)
        return 0 < i < len(lines) and not bar[i] and bar[i - 1] and len(lines[i].strip()) <= 60

    i = 0
    while i < len(lines):
        if not bar[i]:
            i += 1
            continue
        n = 2 if i + 1 < len(lines) and bar[i + 1] else 1
        above, below = i - 1, i + n
        if cell(above) and (n == 2 or (below + 1 < len(lines) and bar[below + 1] and not bar[below])):
            chars[starts[above] + len(lines[above])] = " "        # the break after the cell above
            if n == 1:
                # "cell\n|\nnext" -> "cell | next"
                chars[starts[i] + len(lines[i])] = " "
            else:
                # "cell\n|\n|\nnext" -> "cell |  \nnext": the row ends
                chars[starts[i] + len(lines[i])] = " "
                for k in range(starts[i + 1], starts[i + 1] + len(lines[i + 1])):
                    chars[k] = " "
        i += n
    return "".join(chars)


def _trailing_bar_tables(text: str) -> str:
    """ "Year |" / "Jobs Completed |" / "Enquiries |" / "||": an HTML table flattened one cell to a line, each cell
    closed by a bar and each row by a line of two bars, as one line a row ("Year | Jobs Completed | Enquiries |")."""
    if "\n||" not in text:
        return text
    lines = text.split("\n")
    ends = [i for i, ln in enumerate(lines) if ln.strip() == "||"]
    if len(ends) < 3:
        return text
    starts = _starts(lines)
    chars = list(text)
    for end in ends:
        first = end
        while first - 1 >= 0 and lines[first - 1].rstrip().endswith("|") and lines[first - 1].strip() != "||" \
                and len(lines[first - 1].strip()) <= 80:
            first -= 1
        for k in range(first, end - 1):
            chars[starts[k] + len(lines[k])] = " "
    return "".join(chars)


def _period_value_pairs(text: str) -> str:
    """ "2020/2021" then (a blank line and) "27": one row, "2020/2021    27"."""
    lines = text.split("\n")
    starts = []
    pos = 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    breaks: list[int] = []
    rows: list[tuple[int, int, int]] = []     # (label line, first figure line, last figure line)
    i = 0
    while i < len(lines) - 1:
        label = lines[i].strip()
        j = i + 1
        if j < len(lines) and not lines[j].strip():
            j += 1
        if label and len(label) <= 30 and j < len(lines) and _VALUE_ONLY.match(lines[j]) and lines[j].strip() \
                and parse_period(label) is not None and parse_period(lines[j].strip()) is None:
            last = j
            while last + 1 < len(lines) and lines[last + 1].strip() and _VALUE_ONLY.match(lines[last + 1]) \
                    and parse_period(lines[last + 1].strip()) is None:
                last += 1
            rows.append((i, j, last))
            i = j + 1
            continue
        i += 1
    if len(rows) < 2:
        return text
    # "18/19" / "14,620" / "£813,800" / "19/20" / ...: a table of several columns a page flattened one cell to a line,
    # each row as many figures after its period; rows of unlike lengths keep one figure each, as before
    widths = {last - j for _, j, last in rows}
    whole = len(widths) == 1 and widths != {0}
    for i, j, last in rows:
        breaks.extend(starts[k] + len(lines[k]) for k in range(i, last if whole else j))
    chars = list(text)
    for k in breaks:
        chars[k] = " "
    return "".join(chars)


def rejoin_cells(text: str) -> str:
    """The reply with flattened table rows put back on one line each; the same length as ``text``."""
    if not isinstance(text, str) or "\n" not in text:
        return text
    out = _period_value_pairs(_bar_tables(_trailing_bar_tables(text)))
    assert len(out) == len(text)
    return out
