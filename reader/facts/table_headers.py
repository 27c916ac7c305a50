"""Header lines of wide tables, by kind: a header of what a question breaks down by, one column
per subject ("Year Laptops Tablets"), one per measure ("Number of ... Cost (£) ..."), or one per phrase
("Year Total Laptop Spend Total Laptop Purchased ..."). Each sets the columns the rows below are read by."""

from __future__ import annotations

import re

from ..periods import QUARTER_NAME, quarter_of
from .model import _Column, _Context, _Line
from .measures import measure_of
from .words import _ANSWERED
from .state import Part


# a line that answers its question in words is not a heading for the lines after it
_PERIOD_LABEL = re.compile(r"(?:financial\s+|calendar\s+)?(?:year|yr|fy|period)\b", re.IGNORECASE)


# a column of a single-spaced header that starts with a measure word ("Number of laptops purchased Cost (£) ...")
_MEASURE_START = re.compile(r"(?<![\w(])(?:Number|No\.|Quantity|Qty|Cost|Costs|Total|Unit|Spend|Price|Amount)\b")


_BARE_TOTAL = re.compile(r"(?:grand\s+|overall\s+)?totals?\s*(?:\(\s*£\s*\)|£|\(gbp\))?\s*:?", re.IGNORECASE)


# a line of quarters alone, single-spaced: "Qtr. 1 Qtr.2 Qtr. 3 Qtr.4 Qtr. 1"
_QUARTER_RUN = re.compile(r"[ \t]*(?:" + QUARTER_NAME + r"[ \t|]*)+", re.IGNORECASE)
_QUARTER_TOKEN = re.compile(QUARTER_NAME, re.IGNORECASE)


class TableHeaders(Part):
    """The kinds of wide tables' header lines (part of ``FactReader``)."""

    def quarter_row(self, line: _Line, ctx: _Context) -> bool:
        """"2018 2018 2018 2018 2019 ..." / "Qtr. 1 Qtr.2 Qtr. 3 Qtr.4 Qtr. 1 ..." / "463 362 309 359 422 ...": a
        single-spaced header's second row naming a quarter under each year: each column is that year's quarter."""
        if not ctx.columns_tabular or ctx.columns_are_cells or line.values or line.periods or line.marker \
                or not ctx.columns or not _QUARTER_RUN.fullmatch(line.text):
            return False
        names = list(_QUARTER_TOKEN.finditer(self.text, line.start, line.end))
        if len(names) != len(ctx.columns):
            return False
        quarters = [quarter_of(c.period, m.group(0), m.start()) if c.period else None
                    for c, m in zip(ctx.columns, names)]
        if any(q is None for q in quarters):
            return False
        ctx.columns = [_Column(period=q, text=f"{c.text} {m.group(0)}") for c, q, m in zip(ctx.columns, quarters, names)]
        return True

    def breakdown_header(self, line: _Line, ctx: _Context) -> bool:
        """"Ethnicity Number of pregnant households" under "2. ... a breakdown by ethnicity of the number of
        pregnant individuals": a header that names what the numbered question breaks down by, then the count
        of what is broken down. The rows under it ("White 11") are that question's breakdown."""
        sec = self.state.section
        if sec is None or line.marker or line.periods or len(line.subjects) < 2 \
                or line.subjects[0][2] != sec.subject:
            return False
        between = self.text[line.subjects[0][1]:line.subjects[1][0]]
        if not re.fullmatch(r"\s*(?:number|no\.?|count|total)\s+of\s*", between, re.IGNORECASE) \
                or line.text[:line.subjects[0][0] - line.start].strip():
            return False
        ctx.subject, ctx.subject_fresh = sec.subject, True
        ctx.columns = []
        return True

    @staticmethod
    def part_of_year_table(text: str, ctx: _Context) -> bool:
        """"2018/19 2019/20 2020/21" / "1 Income ...: 872,962 875,487 98,559" / "2(a) Excess Charge Notices:" /
        "No Valid Ticket Display 1,505 1,054 244": a short label ending in a colon heads a part of the same
        table of years, whose header still holds."""
        return (text.endswith(":") and len(text) <= 60 and ctx.columns_tabular and not ctx.columns_are_cells
                and sum(c.period is not None for c in ctx.columns) >= 2)

    def labels_year_rows(self, line: _Line, ctx: _Context) -> bool:
        """A line naming one subject, with no figures, under a single-spaced header of two or more periods (or
        under another such label): the label of the row of figures on the next line, the header still holds."""
        if not (ctx.columns_tabular and not ctx.columns_are_cells and not line.values and not line.periods
                and not line.marker and sum(c.period is not None for c in ctx.columns) >= 2):
            return False
        lines_above = self.text[max(0, line.start - 2000):line.start].split("\n")
        above = next((t.strip() for t in reversed(lines_above) if t.strip()), "")
        # right under the header or under the last row of figures (blank lines aside, no words between)
        return bool(above) and (above.endswith(ctx.columns[-1].text) or not re.search(r"[A-Za-z]{2}", above))

    def subject_header(self, line: _Line, ctx: _Context) -> bool:
        """"Year Laptops Tablets Mobiles": a single-spaced header of one column per subject (after at most
        a short row label), so the rows below ("2019/20 - 14 Nil") are read by column."""
        label = self.text[line.start:line.subjects[0][0]].strip()
        if len(label.split()) > 3 or _ANSWERED.search(line.text):
            return False
        cols: list[_Column] = []
        for i, (a, b, k) in enumerate(line.subjects):
            between = self.text[line.subjects[i - 1][1]:a].strip(" \t,|") if i else ""
            if between and measure_of(between):
                cols.append(_Column(measure=measure_of(between), text=between))
            elif between:
                return False
            cols.append(_Column(subject=k, text=self.text[a:b]))
        tail = self.text[line.subjects[-1][1]:line.end].strip()
        if tail and not measure_of(tail):
            return False
        if tail:
            cols.append(_Column(measure=measure_of(tail), text=tail))
        ctx.columns, ctx.columns_are_cells, ctx.columns_tabular = cols, False, True
        ctx.subject = None
        return True

    def measure_header(self, line: _Line, ctx: _Context) -> bool:
        """A single-spaced header whose columns each start with a capitalised measure word, over rows that start
        with their period: "Number of mobile phones purchased Cost (£) Number of Laptops purchased Cost (£)
        ... Total (£)". A cost column that names no subject is the cost of the count column before it."""
        text = self.text[line.start:line.end]
        if line.periods or len(line.subjects) < 2 or _ANSWERED.search(text) or re.search(r"\d|[.;!?](?:\s|$)", text):
            return False
        lead = len(text) - len(text.lstrip())
        starts = [m.start() for m in _MEASURE_START.finditer(text)]
        if len(starts) < 3 or starts[0] != lead:
            return False
        parts = self._header_parts(line, [line.start + st for st in starts] + [line.end])
        if parts is None or any(measure is None for _, measure, _ in parts):
            return False
        cols: list[_Column] = []
        counted: str | None = None      # the subject of the last count column
        for subject, measure, chunk in parts:
            if _BARE_TOTAL.fullmatch(chunk):
                measure = "sum"      # "Total (£)" at the end of the row: the row's total, not a subject's
            if measure == "count":
                counted = subject
            elif subject is None and measure != "sum":
                subject = counted
            cols.append(_Column(subject=subject, measure=None if measure == "sum" else measure, text=chunk))
        return self._use_columns(ctx, cols)

    def _header_parts(self, line: _Line, bounds: list[int]) -> list[tuple[str | None, str | None, str]] | None:
        """(subject, measure, text) of each header column between ``bounds``; None when a column names two
        subjects (then the line is not such a header)."""
        parts = []
        for a, b in zip(bounds, bounds[1:]):
            subjects = {k for st, _, k in line.subjects if a <= st < b}
            if len(subjects) > 1:
                return None
            chunk = self.text[a:b].strip()
            parts.append((next(iter(subjects), None), measure_of(chunk), chunk))
        return parts

    @staticmethod
    def _use_columns(ctx: _Context, cols: list[_Column]) -> bool:
        """Make ``cols`` the columns of the rows below, when there are two or more and one names a subject."""
        if len(cols) < 2 or not any(c.subject for c in cols):
            return False
        ctx.columns, ctx.columns_are_cells, ctx.columns_tabular = cols, False, True
        ctx.subject = None
        return True

    def phrase_header(self, line: _Line, ctx: _Context, repeated: bool) -> bool:
        """A single-spaced header under a period label whose columns are phrases or other things than the
        survey's subjects: "Year Total Laptop Spend Total Laptop Purchased Total Desktop Spend ..." (the first
        word repeats at the start of every column) or "Year Laptops Desktops" (one capitalised word per
        column). A column with no subject of the survey is still a column: its figures are skipped."""
        text = self.text[line.start:line.end]
        lead = len(text) - len(text.lstrip())
        label = _PERIOD_LABEL.match(text, lead)
        if not label or _ANSWERED.search(text) or re.search(r"[.;:!?]\s|[.;:!?]$|\d|£", text.strip()):
            return False
        rest = line.start + label.end()
        words = list(re.finditer(r"\S+", self.text[rest:line.end]))
        if len(words) < 2:
            return False
        first = words[0].group(0).lower()
        starts = [w for w in words if w.group(0).lower() == first]
        if len(starts) >= 2 and words[0].group(0)[:1].isupper():
            bounds = [rest + w.start() for w in starts]
        elif repeated:
            return False
        elif all(w.group(0)[:1].isupper() for w in words) and len(words) <= 8:
            bounds = [rest + w.start() for w in words]
        else:
            return False
        # "Year Amount Paid": a subject's words ("amount paid") are one column, not one column a word
        bounds = [b for b in bounds if not any(a < b < e for a, e, _ in line.subjects)]
        bounds.append(line.end)
        parts = self._header_parts(line, bounds)
        if parts is None:
            return False
        return self._use_columns(ctx, [_Column(subject=subject, measure=None if measure == "sum" else measure,
                                               text=chunk) for subject, measure, chunk in parts])
