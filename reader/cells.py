"""Tables a web page or PDF flattened to one cell per line, put back into rows before the reply is read.

Three shapes are common on councils' disclosure logs: an HTML table whose cells each stand on a line of their own
between lines holding only "|" (a row ends where two such lines meet), one whose cells stand between blank lines
with rows that each open with a period, and a two-column table whose cells alternate period / figure on lines of
their own ("2020/2021", blank, "27"). Each is rewritten into one line per
row. Every offset is kept — the rewrite only turns line breaks into spaces and a bar into a separator — so
figures found in the result point at the same characters in the original reply.
"""

from __future__ import annotations

import re

from .numbers import LOOSE_FIGURE, ZERO_WORDS
from .periods import parse_period, period_of_cell

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


def _bar_cells(lines: list[str], bar: list[bool]) -> list[list[tuple[str, int, int]]]:
    """Runs of cells each closed by a line holding only "|" (two bars together close an empty cell): each cell as
    (its words, its first line, the line of the bar closing it)."""
    runs, i = [], 0
    while i < len(lines):
        if not bar[i]:
            i += 1
            continue
        run, j = [], i
        while j + 1 < len(lines):
            if bar[j + 1]:
                run.append(("", j + 1, j + 1))
                j += 1
            elif j + 2 < len(lines) and bar[j + 2] and len(lines[j + 1].strip()) <= 60:
                run.append((lines[j + 1].strip(), j + 1, j + 2))
                j += 2
            else:
                break
        runs.append(run)
        i = j + 1
    return runs


def _blank_cells(lines: list[str]) -> list[list[tuple[str, int, int]]]:
    """Runs of short lines each alone between blank lines ("YEAR" / "" / "COMPLAINTS" / "" / ... / "2019" / "" /
    "9"): each cell as (its words, its line, its line)."""
    runs, i = [], 0
    while i < len(lines):
        run, j = [], i
        while j < len(lines) and lines[j].strip() and len(lines[j].strip()) <= 60:
            run.append((lines[j].strip(), j, j))
            if j + 2 < len(lines) and not lines[j + 1].strip() and lines[j + 2].strip():
                j += 2
            else:
                break
        if len(run) >= 2:
            runs.append(run)
        i = max(j + 1, i + 1)
    return runs


def _word_cell(cell: str) -> bool:
    return not re.search(r"\d", cell) and not _VALUE_ONLY.match(cell)


def _header_cell(line: str) -> bool:
    """A line that may be a header's cell: short words, no figure, no sentence's end."""
    cell = line.strip()
    return bool(cell) and len(cell) <= 80 and _word_cell(cell) and not cell.endswith((".", ":", "?"))


def _period_rows(cells: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """The header and the rows, each as its first and last cell, of every table in ``cells`` whose rows open with a
    period and have as many cells each (three rows at least), under a header of as many cells of words, or one
    fewer (the corner left out)."""
    out: list[tuple[int, int]] = []
    at = [i for i, (t, _, _) in enumerate(cells) if t and period_of_cell(t, 0) is not None]
    a = 0
    while a + 1 < len(at):
        k = at[a + 1] - at[a]
        b = a + 1
        while b + 1 < len(at) and at[b + 1] - at[b] == k:
            b += 1
        first, last = at[a], at[b] + k - 1
        head = first - (k - 1)
        if 3 <= k <= 12 and b - a >= 2 and last < len(cells) and head >= 0 \
                and all(i not in at for i in range(at[b] + 1, last + 1)) \
                and all(cells[i][0] and _word_cell(cells[i][0]) for i in range(head, first)):
            if head >= 1 and len(cells[head - 1][0]) <= 30 and _word_cell(cells[head - 1][0]):
                head -= 1       # the corner cell: "YEAR", or an empty one between two bars
            out.append((head, first - 1))
            out.extend((p, p + k - 1) for p in at[a:b + 1])
            a = b + 1
        else:
            a += 1
    return out


def _period_led_rows(text: str) -> str:
    """ "YEAR" / "" / "COMPLAINTS" / "" / ... / "2019" / "" / "9" / "" / "1" / ... (or "District Council Members" /
    "|" / ... / "2020/21" / "|" / "3" / "|" / ...): a table a web page flattened one cell to a line, between blank
    lines or bars, nothing marking where its rows end, as one line a row (cells two spaces or a bar apart): each row
    opens with a period and has as many cells as the header above it (or one more: its corner)."""
    if text.count("\n") < 12:
        return text
    lines = text.split("\n")
    bar = [ln.strip() == "|" for ln in lines]
    runs = (_bar_cells(lines, bar) if sum(bar) >= 6 else []) + _blank_cells(lines)
    starts = _starts(lines)
    chars = list(text)
    for cells in runs:
        if len(cells) < 9:
            continue
        rows = _period_rows(cells)
        for n, (first, last) in enumerate(rows):
            if not bar[cells[last][2]] and n + 1 < len(rows) and rows[n + 1][0] == last + 1:
                # "- " / "" / "2020": the blank line between two rows kept as their one line break
                chars[starts[cells[last][2]] + len(lines[cells[last][2]])] = " "
            for k in range(cells[first][1], cells[last][2]):
                if not lines[k].strip():
                    for c in range(starts[k], starts[k] + len(lines[k])):
                        chars[c] = " "
                chars[starts[k] + len(lines[k])] = " "
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
    if whole:
        # such rows are one cell a line: each line break between two cells is a tab, and the header of as many
        # lines of words right above the first row ("Financial year" / "Own legal/appeal costs (£)" / "Number of
        # planning appeals defended" / ...) is one line of as many cells
        for i, j, last in rows:
            for k in range(j, last):
                chars[starts[k] + len(lines[k])] = "\t"
            if j == i + 1:
                chars[starts[i] + len(lines[i])] = "\t"
        width = widths.pop() + 2
        top = rows[0][0] - 1
        while top >= 0 and not lines[top].strip():
            top -= 1
        head = top - width + 1
        if head >= 0 and all(_header_cell(lines[k]) for k in range(head, top + 1)) \
                and (head == 0 or not _header_cell(lines[head - 1])):
            for k in range(head, top):
                chars[starts[k] + len(lines[k])] = "\t"
    return "".join(chars)


def rejoin_cells(text: str) -> str:
    """The reply with flattened table rows put back on one line each; the same length as ``text``."""
    if not isinstance(text, str) or "\n" not in text:
        return text
    out = _period_value_pairs(_bar_tables(_trailing_bar_tables(_period_led_rows(text))))
    assert len(out) == len(text)
    return out
