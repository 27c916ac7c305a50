"""A table's running number is no figure: "| Row No | Technologies | Supplier |" over "| 6 | Electronic document
management system | Trustmarque |", "| 8 | Cyber security services |", "| 9 | ...": the first cell of each row counts
the rows (the row above holds 5, the one below 7), it says nothing of the thing the row names. Likewise across: a
row of running numbers from 1 ("Month 1 2 3 4 5 6 7 8 9 10 11 12" over "No of Enquiries (logged as Blocked Gullies)
8 5 8 5 7 21 ...") heads the columns below it, it counts nothing."""

from __future__ import annotations

import re

from .model import Fact
from .places import figure_places

# a row's first cell, a whole number alone: "| 6 | ...", "6\t..."
_FIRST_CELL = re.compile(r"[ \t]*\|?[ \t]*(\d{1,3})[ \t]*(?:\||\t)")


def _first_cell(text: str, line_start: int) -> int | None:
    m = _FIRST_CELL.match(text, line_start)
    return int(m.group(1)) if m else None


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _neighbour_first_cells(text: str, ls: int) -> tuple[int | None, int | None]:
    """The first cells of the nearest non-blank lines above and below the line starting at ``ls``."""
    above = below = None
    prev_end = ls - 1
    while prev_end > 0:
        ps = _line_start(text, prev_end)
        if text[ps:prev_end].strip():
            above = _first_cell(text, ps)
            break
        prev_end = ps - 1
    nxt = text.find("\n", ls)
    while 0 <= nxt < len(text) - 1:
        ns = nxt + 1
        ne = text.find("\n", ns)
        ne = len(text) if ne < 0 else ne
        if text[ns:ne].strip():
            below = _first_cell(text, ns)
            break
        nxt = ne
    return above, below


def _running_number(text: str, s: int, e: int) -> bool:
    ls = _line_start(text, s)
    m = _FIRST_CELL.match(text, ls)
    if m is None or m.start(1) != s or m.end(1) != e:
        return False
    n = int(m.group(1))
    above, below = _neighbour_first_cells(text, ls)
    return above == n - 1 or below == n + 1


_WORD = re.compile(r"[A-Za-z][A-Za-z.]*")


def _header_of_running_numbers(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` is a row of running numbers 1, 2, 3 ... (four or more) after a short label of
    words or none: "Month 1 2 3 4 5 6 7 8 9 10 11 12", "| Week | 1 | 2 | 3 | 4 |"."""
    ls = _line_start(text, pos)
    le = text.find("\n", ls)
    cells = text[ls:len(text) if le < 0 else le].replace("|", " ").split()
    label = 0
    while label < len(cells) and label < 3 and _WORD.fullmatch(cells[label]):
        label += 1
    numbers = cells[label:]
    return len(numbers) >= 4 and all(n.isdigit() and len(n) <= 2 for n in numbers) \
        and [int(n) for n in numbers] == list(range(1, len(numbers) + 1))


def without_row_numbers(facts: list[Fact], text: str) -> list[Fact]:
    """``facts`` without a count read from a table row's running number, down a table's first cells or across a
    header row (see module doc)."""
    out = []
    headers: dict[int, bool] = {}
    for f in facts:
        if f.value and f.value.is_integer() and "\n" not in f.quote.strip():
            if f.start not in headers:
                headers[f.start] = _header_of_running_numbers(text, f.start)
            if headers[f.start]:
                continue
        if f.measure == "count" and f.value and f.value.is_integer() and ("|" in f.quote or "\t" in f.quote):
            places = figure_places(text, f)
            if places and all(_running_number(text, s, e) for s, e in places):
                continue
        out.append(f)
    return out
