"""Tables in reply text: tab-separated rows (how documents renders spreadsheets, CSV, DOCX and HTML
tables), pipe tables, space-aligned columns (PDF text) and "Label - value" lists ("Tablets - 84").

API (stable):

    find_tables(text) -> list[Table]                   # every table, in order, no two sharing a line
    label_values(text) -> list[tuple[Cell, Cell]]      # (label, value) pairs from label lists and 2-column tables
    cells_with_headers(table) -> list[tuple[Cell | None, Cell | None, Cell]]   # (row label, column label, cell)

`Cell(text, start, end)`: text is stripped and text == source[start:end]; an empty cell has start == end.
`Table(rows, start, end, kind, title, sheet)`: kind is "tab" | "pipe" | "aligned" | "label_value"; `title` is the
heading line just above a label list or table ("2018-19:", "Costs:") when there is one; `sheet` the name from the
nearest "[Sheet: name]" line above (spreadsheets). `table.header()` is the header row (or None when the first row
is data); `table.as_records()` a list of dicts keyed by header text ("label"/"value" for label lists).

How each kind is recognised:
- tab: a paragraph (lines between blank lines) where at least half the lines contain a tab. Every line of it is a
  row (a line without a tab is a one-cell row); lines before the first tab line become the title.
- pipe: two or more consecutive lines with "|" between cells, or one line that starts and ends with "|".
  Separator rows ("|---|:--:|", "---+---", "+----+----+", "====") are dropped.
- aligned: two or more consecutive lines split by gaps of 2+ spaces into 2+ cells whose column positions line up
  (the cells of every line fall into distinct columns once overlapping spans are merged).
- label_value: lines "Label - value", "Label – value", "Label: value", "Label = value", or "Label £1,141.15" /
  "Label 84" (a label then a figure at the end of the line); blank lines may separate them, any other line ends
  the list. A list made of a single "Label 84" line (no separator) is not a table: that is usually prose.

cells_with_headers reads both orientations alike: whether periods run across the header and subjects down the first
column or the reverse, each data cell comes back with its row label and its column label (None when absent).

Every function is total (never raises on a str) and linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.money import parse_money
from reader.numbers import LOOSE_DIGITS, ZERO_WORDS, looks_like_non_quantity, parse_quantity
from reader.periods import parse_period

__all__ = ["Cell", "Table", "find_tables", "label_values", "cells_with_headers"]


@dataclass
class Cell:
    text: str
    start: int
    end: int


@dataclass
class Table:
    rows: list[list[Cell]]
    start: int
    end: int
    kind: str  # 'tab' | 'pipe' | 'aligned' | 'label_value'
    title: Cell | None = None
    sheet: str | None = None
    _header: bool | None = field(default=None, init=False, repr=False, compare=False)

    def has_header(self) -> bool:
        """Whether the first row is a header (labels, periods) rather than data."""
        if self._header is None:
            self._header = _detect_header(self)
        return self._header

    def header(self) -> list[Cell] | None:
        """The header row, or None when the first row is data (and for label lists)."""
        if self.kind == "label_value" or not self.rows or not self.has_header():
            return None
        return self.rows[0]

    def as_records(self) -> list[dict[str, str]]:
        """Rows after the header as dicts keyed by header text; "column_N" where a header is missing or there is
        no header row; {"label", "value"} for label lists."""
        if self.kind == "label_value":
            return [{"label": r[0].text, "value": r[1].text} for r in self.rows if len(r) >= 2]
        head = self.header()
        width = max((len(r) for r in self.rows), default=0)
        names: list[str] = []
        seen: dict[str, int] = {}
        for i in range(width):
            name = head[i].text if head is not None and i < len(head) and head[i].text else f"column_{i + 1}"
            if name in seen:
                seen[name] += 1
                name = f"{name}_{seen[name]}"
            else:
                seen[name] = 1
            names.append(name)
        body = self.rows[1:] if head is not None else self.rows
        return [{names[i]: (row[i].text if i < len(row) else "") for i in range(width)} for row in body]


# --- lines ---------------------------------------------------------------------------------------------------

@dataclass
class _Line:
    start: int
    end: int  # exclusive, without the line break
    text: str


def _lines(text: str) -> list[_Line]:
    out = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        e = end - 1 if end > pos and text[end - 1] == "\r" else end
        out.append(_Line(pos, e, text[pos:e]))
        if nl < 0:
            break
        pos = nl + 1
    return out


def _cell(text: str, a: int, b: int) -> Cell:
    """A cell for text[a:b], stripped of surrounding whitespace, offsets kept exact."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return Cell(text[a:b], a, b)


def _split(text: str, line: _Line, sep: str) -> list[Cell]:
    cells = []
    a = line.start
    while True:
        i = text.find(sep, a, line.end)
        if i < 0:
            cells.append(_cell(text, a, line.end))
            break
        cells.append(_cell(text, a, i))
        a = i + 1
    return cells


_SHEET_RE = re.compile(r"\s*\[Sheet:\s*(?P<name>[^\]\n]{0,200})\]\s*")
_PIPE_SEP_RE = re.compile(r"\s*[|+]?\s*[-=:]{2,}[-=:+| ]*\s*")
_SEGMENT_RE = re.compile(r"\S+(?: \S+)*")
_MAX_LABEL_LINE = 300

_LV_SEP_RE = re.compile(
    r"^(?P<lead>[ \t]*(?:>[ \t]*)*(?:[-*•·▪‣◦][ \t]+)?)(?P<label>[^\t|]{1,100}?)"
    r"(?P<sep>[ \t]*(?<!\d):(?!//)(?!\d)[ \t]*|[ \t]+[-–—=][ \t]*|[-–—][ \t]+|[ \t]*=[ \t]*)(?P<value>\S.*?)[ \t]*$"
)
_LV_FIGURE_RE = re.compile(
    r"^(?P<lead>[ \t]*(?:>[ \t]*)*(?:[-*•·▪‣◦][ \t]+)?)(?P<label>[A-Za-z(][^\t|]{0,100}?)[ \t]+"
    r"(?P<value>(?:(?:c\.|ca\.|circa|approx\.?|approximately|around|about|over|under|~|<|>)[ \t]*)?"
    + r"(?:£[ \t]*)?" + LOOSE_DIGITS + r"(?:[ \t]?(?:k|m|bn|million|thousand))?(?:[ \t]*\([^)\n]{0,40}\))?" +
    r"|" + "|".join(ZERO_WORDS) + r"|n/a|not applicable)[ \t]*$",
    re.I,
)
_NOT_A_VALUE_REASONS = {"section", "reference", "phone", "date", "list marker", "product", "ordinal", "address",
                        "time", "year", "period"}


def _labelish(label: str) -> bool:
    """Words, or a period written in figures ("2018/19 – 1,204"); not a run of aligned columns."""
    if "   " in label:
        return False
    return bool(re.search(r"[A-Za-z]", label)) or parse_period(label) is not None


def _label_value(text: str, line: _Line) -> tuple[Cell, Cell, bool] | None:
    """(label, value, explicit separator?) for a label-value line, or None."""
    s = line.text
    if not s.strip() or len(s) > _MAX_LABEL_LINE or "\t" in s:
        return None
    m = _LV_SEP_RE.match(s)
    explicit = True
    if m is not None and not _labelish(m.group("label")):
        m = None
    if m is None:
        m = _LV_FIGURE_RE.match(s)
        explicit = False
        if m is None:
            return None
        vs = line.start + m.start("value")
        ve = line.start + m.end("value")
        if re.match(r"\d", text[vs:ve]):
            reason = looks_like_non_quantity(text, vs, ve)
            if reason in _NOT_A_VALUE_REASONS:
                return None
    label_end = line.start + m.end("label")
    while label_end > line.start + m.start("label") and text[label_end - 1] in " .\u2026_":
        label_end -= 1  # dot leaders: "Laptops ........ 232"
    label = _cell(text, line.start + m.start("label"), label_end)
    value = _cell(text, line.start + m.start("value"), line.start + m.end("value"))
    if not label.text or not value.text or not _labelish(label.text):
        return None
    return label, value, explicit


def _is_pipe_row(s: str) -> bool:
    return "|" in s and len(s.strip()) > 1


def _pipe_cells(text: str, line: _Line) -> list[Cell]:
    cells = _split(text, line, "|")
    stripped = line.text.strip()
    if stripped.startswith("|") and cells and not cells[0].text:
        cells = cells[1:]
    if stripped.endswith("|") and cells and not cells[-1].text:
        cells = cells[:-1]
    return cells


def _segments(line: _Line) -> list[tuple[int, int]]:
    """Column spans (relative to the line) separated by 2+ spaces."""
    return [(m.start(), m.end()) for m in _SEGMENT_RE.finditer(line.text)]


def _aligned(text: str, block: list[_Line]) -> list[list[Cell]] | None:
    spans = [_segments(ln) for ln in block]
    if len(block) < 2 or any(len(s) < 2 for s in spans):
        return None
    rows = _assign_by_overlap(text, block, spans) or _assign_by_anchors(text, block, spans)
    if rows is None:
        return None
    used = [sum(1 for r in rows if r[i].text) for i in range(len(rows[0]))]
    if sum(1 for u in used if u >= 2) < 2:
        return None
    return rows


def _fill(text: str, block: list[_Line], placed: list[list[Cell | None]], col_starts: list[int]) -> list[list[Cell]]:
    rows = []
    for ln, row in zip(block, placed):
        filled: list[Cell] = []
        for i, c in enumerate(row):
            if c is None:
                pos = ln.start + min(col_starts[i], len(ln.text))
                c = Cell("", pos, pos)
            filled.append(c)
        rows.append(filled)
    return rows


def _assign_by_overlap(text: str, block: list[_Line], spans: list[list[tuple[int, int]]]) -> list[list[Cell]] | None:
    """Columns are the union of overlapping cell spans (handles right-aligned figures)."""
    intervals = sorted(iv for s in spans for iv in s)
    cols: list[list[int]] = []
    for a, b in intervals:
        if cols and a <= cols[-1][1]:
            cols[-1][1] = max(cols[-1][1], b)
        else:
            cols.append([a, b])
    if len(cols) < 2:
        return None
    placed: list[list[Cell | None]] = []
    for ln, segs in zip(block, spans):
        row: list[Cell | None] = [None] * len(cols)
        for a, b in segs:
            ci = next(i for i, (ca, cb) in enumerate(cols) if ca <= a <= cb)
            if row[ci] is not None:
                return None  # two cells of one line in one column
            row[ci] = Cell(text[ln.start + a:ln.start + b], ln.start + a, ln.start + b)
        placed.append(row)
    return _fill(text, block, placed, [c[0] for c in cols])


def _assign_by_anchors(text: str, block: list[_Line], spans: list[list[tuple[int, int]]]) -> list[list[Cell]] | None:
    """Columns start where the cells of the widest line start (handles a long last cell that spills left)."""
    widest = max(spans, key=len)
    anchors = [a for a, _ in widest]
    if len(anchors) < 2:
        return None
    placed: list[list[Cell | None]] = []
    for ln, segs in zip(block, spans):
        row: list[Cell | None] = [None] * len(anchors)
        for a, b in segs:
            ci = -1
            for i, anchor in enumerate(anchors):
                if anchor <= a + 1:
                    ci = i
            if ci < 0 or row[ci] is not None:
                return None
            row[ci] = Cell(text[ln.start + a:ln.start + b], ln.start + a, ln.start + b)
        placed.append(row)
    return _fill(text, block, placed, anchors)


def _is_multi_space_line(ln: _Line) -> bool:
    return "\t" not in ln.text and "  " in ln.text.strip() and len(_segments(ln)) >= 2


def _title_before(text: str, lines: list[_Line], i: int, used: set[int]) -> Cell | None:
    j = i - 1
    while j >= 0 and not lines[j].text.strip():
        j -= 1
    if j < 0 or j in used or i - j > 3:
        return None
    s = lines[j].text.strip()
    if len(s) > 80 or "\t" in s or _label_value(text, lines[j]) is not None:
        return None
    if s.endswith((":", "?")) or parse_period(s) is not None or (len(s) <= 40 and not re.search(r"[.;,]$", s)):
        return _cell(text, lines[j].start, lines[j].end)
    return None


def find_tables(text: str) -> list[Table]:
    """Every table in `text`, in order of position. See the module docstring for what counts as a table."""
    if not isinstance(text, str) or not text:
        return []
    lines = _lines(text)
    n = len(lines)
    used: set[int] = set()
    tables: list[Table] = []
    sheet_at: list[str | None] = []
    current_sheet = None
    for ln in lines:
        m = _SHEET_RE.fullmatch(ln.text)
        if m:
            current_sheet = m.group("name").strip()
        sheet_at.append(current_sheet)

    # 1. Tab tables, paragraph by paragraph.
    i = 0
    while i < n:
        if not lines[i].text.strip():
            i += 1
            continue
        j = i
        while j < n and lines[j].text.strip():
            j += 1
        para = [k for k in range(i, j) if not _SHEET_RE.fullmatch(lines[k].text)]
        tabbed = [k for k in para if "\t" in lines[k].text]
        if tabbed and len(tabbed) * 2 >= len(para):
            first = tabbed[0]
            title = None
            lead = [k for k in para if k < first]
            if lead:
                title = _cell(text, lines[lead[-1]].start, lines[lead[-1]].end)
            body = [k for k in para if k >= first]
            rows = [_split(text, lines[k], "\t") for k in body]
            tables.append(Table(rows, lines[body[0]].start, lines[body[-1]].end, "tab", title, sheet_at[first]))
            used.update(range(i, j))
        elif tabbed:
            for k in tabbed:
                tables.append(Table([_split(text, lines[k], "\t")], lines[k].start, lines[k].end, "tab", None,
                                    sheet_at[k]))
                used.add(k)
        i = j

    # 2. Pipe tables.
    i = 0
    while i < n:
        if i in used or not _is_pipe_row(lines[i].text):
            i += 1
            continue
        j = i
        while j < n and j not in used and _is_pipe_row(lines[j].text) or (
            j < n and j not in used and _PIPE_SEP_RE.fullmatch(lines[j].text) and j > i
        ):
            j += 1
        block = list(range(i, j))
        # boxed tables start with a +----+ border, which is not a pipe row; take it too
        if i > 0 and i - 1 not in used and _PIPE_SEP_RE.fullmatch(lines[i - 1].text) and "+" in lines[i - 1].text:
            block.insert(0, i - 1)
        data = [k for k in block if not _PIPE_SEP_RE.fullmatch(lines[k].text)]
        single_boxed = len(data) == 1 and lines[data[0]].text.strip().startswith("|") \
            and lines[data[0]].text.strip().endswith("|")
        if data and (len(block) >= 2 or single_boxed):
            rows = [_pipe_cells(text, lines[k]) for k in data]
            if max(len(r) for r in rows) >= 2:
                tables.append(Table(rows, lines[block[0]].start, lines[block[-1]].end, "pipe",
                                    _title_before(text, lines, block[0], used), sheet_at[block[0]]))
                used.update(block)
        i = max(j, i + 1)

    # 3. Space-aligned columns.
    i = 0
    while i < n:
        if i in used or not _is_multi_space_line(lines[i]):
            i += 1
            continue
        j = i
        while j < n and j not in used and len(_segments(lines[j])) >= 2 and "\t" not in lines[j].text:
            j += 1
        block = [lines[k] for k in range(i, j)]
        rows = _aligned(text, block) if sum(1 for ln in block if _is_multi_space_line(ln)) >= 1 else None
        if rows:
            tables.append(Table(rows, block[0].start, block[-1].end, "aligned",
                                _title_before(text, lines, i, used), sheet_at[i]))
            used.update(range(i, j))
        i = max(j, i + 1)

    # 4. Label - value lists (blank lines allowed between pairs).
    i = 0
    while i < n:
        if i in used:
            i += 1
            continue
        lv = _label_value(text, lines[i])
        if lv is None:
            i += 1
            continue
        pairs = [(i, lv)]
        j = i + 1
        while j < n and j not in used:
            if not lines[j].text.strip():
                j += 1
                continue
            nxt = _label_value(text, lines[j])
            if nxt is None:
                break
            pairs.append((j, nxt))
            j += 1
        if len(pairs) == 1 and not pairs[0][1][2]:
            i = pairs[0][0] + 1
            continue
        rows = [[label, value] for _, (label, value, _explicit) in pairs]
        first, last = pairs[0][0], pairs[-1][0]
        tables.append(Table(rows, lines[first].start, lines[last].end, "label_value",
                            _title_before(text, lines, first, used), sheet_at[first]))
        used.update(range(first, last + 1))
        i = last + 1

    tables.sort(key=lambda t: t.start)
    return tables


# --- reading tables ------------------------------------------------------------------------------------------

def _is_label(s: str) -> bool:
    """A header-ish cell: words or a period, not a figure or an amount."""
    s = s.strip()
    if not s:
        return False
    if parse_period(s) is not None:
        return True
    return parse_quantity(s) is None and parse_money(s) is None


def _detect_header(table: Table) -> bool:
    if table.kind == "label_value" or len(table.rows) < 2:
        return False
    first = table.rows[0]
    rest = [c for c in first[1:] if c.text]
    if not rest:
        return bool(first and first[0].text and _is_label(first[0].text) and len(first) > 1)
    labels = sum(1 for c in rest if _is_label(c.text))
    if labels * 2 <= len(rest):
        return False
    # A header row is labels while the rows below hold at least some figures, or it is periods.
    below = [c for r in table.rows[1:] for c in r[1:] if c.text]
    if any(parse_period(c.text) for c in rest):
        return True
    return not below or any(not _is_label(c.text) for c in below) or labels == len(rest)


def _has_label_column(rows: list[list[Cell]]) -> bool:
    firsts = [r[0] for r in rows if r and r[0].text]
    if not firsts:
        return False
    return sum(1 for c in firsts if _is_label(c.text)) * 2 > len(firsts)


def cells_with_headers(table: Table) -> list[tuple[Cell | None, Cell | None, Cell]]:
    """Each non-empty data cell with its row label (first column) and column label (header row).
    Label lists give (label, title, value)."""
    try:
        if table.kind == "label_value":
            return [(r[0], table.title, r[1]) for r in table.rows if len(r) >= 2 and r[1].text]
        rows = table.rows
        if not rows:
            return []
        head = table.header()
        body = rows[1:] if head is not None else rows
        label_col = _has_label_column(body) and max((len(r) for r in body), default=0) >= 2
        out: list[tuple[Cell | None, Cell | None, Cell]] = []
        for row in body:
            for ci, cell in enumerate(row):
                if ci == 0 and label_col:
                    continue
                if not cell.text:
                    continue
                row_label = row[0] if label_col and row[0].text else None
                col_label = head[ci] if head is not None and ci < len(head) and head[ci].text else None
                out.append((row_label, col_label, cell))
        return out
    except (IndexError, AttributeError, TypeError):
        return []


def label_values(text: str) -> list[tuple[Cell, Cell]]:
    """(label, value) pairs: every pair of the label lists, plus the rows of two-column tables without a header."""
    out: list[tuple[Cell, Cell]] = []
    for table in find_tables(text):
        if table.kind == "label_value":
            out.extend((r[0], r[1]) for r in table.rows if len(r) >= 2)
            continue
        filled = [[c for c in r if c.text] for r in table.rows]
        if filled and all(len(r) == 2 for r in filled) and table.header() is None:
            out.extend((r[0], r[1]) for r in filled)
    return out
