"""The run of like lines around one line: the rows of a list or a table copied a row to a line, each told by its own
test, which the filters of such blocks (`category_rows.py`, `sibling_rows.py`) share."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..sentences import line_bounds

# a line's label and its kind (None: not such a line); a run keeps to lines of the first line's kind
RowTest = Callable[[str, int, int], "tuple[str, object] | None"]


def line_run(text: str, at: int, row: RowTest) -> list[tuple[int, int, str]]:
    """(start, end, label) of each line of the run around the line at ``at`` that ``row`` says are rows of the
    same kind as it; [] when that line is no row."""
    start, end = line_bounds(text, at)
    first = row(text, start, end)
    if first is None:
        return []
    label, kind = first
    rows = [(start, end, label)]
    a = start
    while a > 0:
        b = a - 1
        a = text.rfind("\n", 0, b) + 1
        got = row(text, a, b)
        if got is None or got[1] != kind:
            break
        rows.insert(0, (a, b, got[0]))
    b = end
    while b < len(text):
        a = b + 1
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        got = row(text, a, b)
        if got is None or got[1] != kind:
            break
        rows.append((a, b, got[0]))
    return rows


def blocks_of_figures(facts, text: str, row: RowTest, least: int = 3) -> Iterator[tuple[object, list[tuple[int, int, str]]]]:
    """Each run of at least ``least`` rows that holds a figure of ``facts``, once, with the first such figure."""
    seen: set[int] = set()
    for f in facts:
        line = text.rfind("\n", 0, f.start) + 1
        if line in seen:
            continue
        seen.add(line)
        rows = line_run(text, f.start, row)
        seen.update(a for a, _, _ in rows)
        if len(rows) >= least:
            yield f, rows
