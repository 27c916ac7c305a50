"""Rows of a table: under a header of columns (wide: a label then one cell per period, subject or
measure) or one row per period × item (long: the row's own period and label), a second header row merged into
the first, a header a PDF wrapped into short fragments, and a row's count × price that makes its "Total" a cost."""

from __future__ import annotations

import re

from .. import conflicts
from ..periods import Period, quarter_of, whole_date
from ..scan import Value
from ..survey import MONEY_MEASURES
from ..word_stems import stems
from .model import _Column, _Context, _Line
from .measures import _TOTAL_CUE, _UNIT_CUE, measure_of
from .words import _group, _span
from .state import Part, ReadingState
from .period_rows import sole_asker
from .total_column import total_column_asked


_WORD = re.compile(r"\S+")
_DIGIT = re.compile(r"\d")
# what follows a header cell's "No" that is the number of the thing the cell goes on to name: two words or more
_NUMBER_OF = re.compile(r"\.?[ \t]+[A-Za-z]+[ \t]+[A-Za-z]")
# a word in title case after a header cell's "No": "No Further Action"
_TITLE_WORD = re.compile(r"[ \t]+[A-Z][a-z]+\b")
# a cell in words a single-spaced row may hold instead of a figure
_WORD_CELL = re.compile(r"n/?a|nil|none|-|\u2013", re.IGNORECASE)
# a row label's own number: "1. Claims submitted", "2a) Income", "(3) Total"
_ITEM_NUMBER = re.compile(r"\(?\d{1,2}[a-z]?[.)]\)?[ \t]+(?=[A-Za-z])")


def _own_words(questions: list) -> dict[str, frozenset]:
    """Each question's word stems that no other of ``questions`` has."""
    words = {q.id: stems(q.text or "") for q in questions}
    return {q.id: words[q.id] - frozenset().union(*(w for k, w in words.items() if k != q.id)) for q in questions}


class TableRows(Part):
    """Rows of wide and long tables (part of ``FactReader``)."""

    def __init__(self, state: ReadingState):
        super().__init__(state)
        self._subject_rx: dict[str, re.Pattern[str]] = {}   # a subject's synonyms (see _section_subject_in)

    def _cell_column(self, line: _Line, cs: int, ce: int, header: bool = False) -> _Column:
        text = self.text[cs:ce]
        col = _Column(text=text)
        col.period = next((p for p in line.periods if cs <= p.start < ce), None)
        col.subject = next((k for a, b, k in line.subjects if cs <= a < ce), None)
        if header:
            col.subject = self._section_subject_in(text, col.subject)
        if col.period is not None and col.subject is not None \
                and self.text[col.period.start:col.period.end].strip() == text.strip(" \t:|"):
            col.subject = None      # a cell that is only a year ("2022 | Yes | 21 |") dates the row, counts nothing
        col.measure = measure_of(text)
        return col

    def _names_column(self, line: _Line, v: Value) -> bool:
        """A word for nought opening a header's cell of words names that column's thing, it is no nought: "| ... | No
        Further Action/ Complaint Withdrawn |" (a word in title case after it), "Year   No new unauthorised encampments
        in period" (the number of what the cell names, on a line with no period nor figure: "2019   No complaints
        received" is an answer)."""
        cell = next(((cs, ce) for cs, ce in line.cells if cs <= v.start < ce), None)
        if not v.zero or cell is None or self.text[cell[0]:v.start].strip(" \t|") \
                or _DIGIT.search(self.text, cell[0], cell[1]):
            return False
        return bool(_TITLE_WORD.match(self.text, v.end, cell[1])) \
            or not line.periods and not _DIGIT.search(line.text) and bool(_NUMBER_OF.match(self.text, v.end, cell[1]))

    def _name_by_questions(self, cols: list[_Column]) -> None:
        """"| Investigation | Informal Resolution | No Further Action/ Complaint Withdrawn |" under "3." asked "(a)
        ... by a formal investigation, (b) how many by an informal resolution and (c) dismissed with no action?": a
        header of things, each cell naming one question by a word only that question has (of the parts of the
        number it stands under, where it stands under one), one question a cell, gives each column that question's
        thing, where the survey's words name none of those questions' things ("Complaint" is question 1's word)."""
        named = [c for c in cols if c.text.strip(" \t|")]
        if len(named) < 2:
            return
        asked = [q for q in self.survey.questions if self.state.group and _group(q.id) == self.state.group]
        if len(asked) < len(named):
            asked = list(self.survey.questions)
        own = _own_words(asked)
        kept = {c.subject for c in named if c.subject in {q.subject for q in asked}}
        todo = [c for c in named if c.subject not in {q.subject for q in asked}]
        picks = []
        for c in todo:
            said = stems(c.text)
            hit = [q for q in asked if said & own[q.id]]
            if len(hit) != 1 or not hit[0].subject or hit[0].subject in kept:
                return
            picks.append(hit[0].subject)
        if len(set(picks)) < len(picks):
            return
        for c, k in zip(todo, picks):
            c.subject = k

    def _measures_by_questions(self, cols: list[_Column]) -> None:
        """"Financial year | Own legal/appeal costs (£) | Number of planning appeals defended | Costs paid due to
        'Unreasonable' decision (£) | Number of instances ...": a column of an amount or a count in the council's
        words, naming no thing the survey names, beside columns that name others, is the question of those left
        unnamed whose words it alone shares (its own words: "legal", "paid ... decision") and that asks its measure
        (as _name_by_questions does for a header of things)."""
        kept = {c.subject for c in cols if c.subject}
        todo = [c for c in cols if not c.subject and c.measure in ("count", "cost", "unit_cost_gbp", "total_cost_gbp")]
        if not kept or not todo:
            return
        free = [q for q in self.survey.questions if q.subject and q.subject not in kept]
        own = _own_words(free)
        picks = []
        for c in todo:
            said = stems(c.text)
            fits = [q for q in free if said & own[q.id] and (
                c.measure in q.measures or c.measure == "cost" and MONEY_MEASURES & set(q.measures))]
            picks.append(fits[0].subject if len(fits) == 1 else None)
        for c, k in zip(todo, picks):
            if k is not None and picks.count(k) == 1:
                c.subject = k

    def _section_subject_in(self, text: str, found: str | None) -> str | None:
        """"4. Year | Number of children housed in Temporary Accommodation" answering "4. How many children were
        housed in temporary accommodation": the words name question 2's "number of children" first, but also
        question 4's own "children housed in temporary accommodation"; under question 4's number, its own."""
        sec = self.state.section
        if found is None or sec is None or found == sec.subject:
            return found
        rx = self._subject_rx.get(sec.subject)
        if rx is None:
            syns = self.survey.subjects[sec.subject].synonyms if sec.subject in self.survey.subjects else ()
            rx = re.compile(r"(?<![\w-])(?:" + "|".join(syns) + r")(?![\w-])", re.IGNORECASE) if syns else \
                re.compile(r"(?!x)x")
            self._subject_rx[sec.subject] = rx
        return sec.subject if rx.search(text) else found

    def _split_run(self, line: _Line, ctx: _Context) -> None:
        """"  2014-15   2015-16   2016-17   2017-18" over "Prosecutions   18 10 11 6": a row whose figures a page
        ran into one cell, single-spaced, as many as the header's periods: a cell each, under them in order."""
        periods = [c for c in ctx.columns if c.period is not None] if ctx.columns_are_cells else []
        cells = line.cells or []
        if len(periods) < 2 or len(periods) != len(ctx.columns) or len(cells) != 2:
            return
        cs, ce = cells[1]
        run = [v for v in line.values if cs <= v.start < ce]
        if len(run) != len(periods) or any(cells[0][0] <= v.start < cells[0][1] for v in line.values) \
                or self.text[cs:ce].split() != [v.text for v in run]:
            return
        line.cells = [cells[0]] + [(v.start, v.end) for v in run]

    def single_spaced_row(self, line: _Line, ctx: _Context) -> bool:
        """"Year   Complaints received" / "2016/17 2" / "2015/16 3": a row of a header spaced wider than it, single-spaced,
        one word per column (its period, then a figure or a word cell, "Nil", "N/A", "-", each): the header's cells. Sets
        the row's cells and says whether it did."""
        cols = ctx.columns
        if not ctx.columns_are_cells or len(cols) < 2 or len(cols) > 12 or not line.values or not line.periods \
                or any(c.period for c in cols[1:]):
            return False
        words = [(m.start() + line.start, m.end() + line.start) for m in _WORD.finditer(line.text)]
        p = line.periods[0]
        if len(words) != len(cols) or (p.start, p.end) != words[0]:
            return False
        at = {(v.start, v.end) for v in line.values}
        if not all(w in at or _WORD_CELL.fullmatch(self.text[w[0]:w[1]]) for w in words[1:]):
            return False
        line.cells = words
        return True

    def row(self, line: _Line, ctx: _Context, continuing: bool) -> None:
        assert line.cells is not None
        self._split_run(line, ctx)
        cells = line.cells
        # "| 1. Claims submitted | 61 | 36 |": the number of the question a row answers is its label's, no figure
        numbered = {cs for cs, ce in cells if _ITEM_NUMBER.match(self.text, cs, ce)}
        if numbered:
            line.values = [v for v in line.values if v.start not in numbered]
        # ...and that question says what the row's figures are where the row does not (not the question quoted last
        # above the table: "4. The total amount of compensation paid out ..." over "| 1. Claims submitted | 61 |")
        row_q = None
        if numbered:
            n = re.match(r"\(?(\d{1,2})([a-z]?)", self.text[min(numbered):min(numbered) + 6])
            row_q = self.survey.question(f"{int(n.group(1))}{n.group(2)}") or self.survey.question(str(int(n.group(1))))
        if line.values and all(self._names_column(line, v) for v in line.values):
            line.values = []    # a header (see _names_column)
        value_cells = [i for i, (cs, ce) in enumerate(cells) if any(cs <= v.start < ce for v in line.values)]
        if not value_cells:
            cols = [self._cell_column(line, cs, ce, header=True) for cs, ce in cells]
            if not any(c.period or c.measure for c in cols):
                self._name_by_questions(cols)
            elif not any(c.period for c in cols):
                self._measures_by_questions(cols)
            if continuing and line.marker and self.state.section is not None \
                    and self.state.section_line == line.start and any(c.measure or c.subject for c in cols):
                # "3. Year | Number of ...": a new question's table, not a second header row (but "2. | <5* |
                # <5* |" is a row of the same table, its figures withheld)
                continuing = False
            if (continuing and ctx.columns_are_cells and cols[0].subject
                    and not any(c.period or c.measure for c in cols)):
                return      # "Laptops | N/A | N/A": a row of the table with no figures, not a new header
            if (continuing and ctx.columns_are_cells and len(cols) == len(ctx.columns) + 1
                    and ctx.columns and ctx.columns[0].period and cols[0].text.strip() and not cols[0].period
                    and all(c.period or c.measure == "sum" or not c.text.strip() for c in ctx.columns)):
                # "| 2020/21 | ... | Total |" over "| FPN Type | Number | ... | Number |": the header of periods
                # has no cell over the rows' labels
                ctx.columns = [_Column()] + ctx.columns
            if (continuing and ctx.columns_are_cells and len(cols) > len(ctx.columns)
                    and all(c.period or not c.text.strip() for c in ctx.columns)):
                # a header row of periods loses its empty cells at the end ("\t2018/19\t\t2019/20"), the row
                # of measures under it does not
                ctx.columns = ctx.columns + [_Column() for _ in range(len(cols) - len(ctx.columns))]
            if continuing and ctx.columns_are_cells and len(cols) == len(ctx.columns):
                # a second header row: periods carried over, measures added
                merged = []
                last_period = None
                years = [c.period for c in ctx.columns if c.period]
                for old, new, (cs, _) in zip(ctx.columns, cols, cells):
                    # ("2018 | 2018" over "Qtr. 1 | Qtr. 2": each column the quarter of its year)
                    period = new.period or old.period and quarter_of(old.period, new.text, cs) or old.period
                    if period is None and old.measure == "sum" and len(years) >= 2 and new.measure != "sum":
                        # "Total" over "Number": the count over all the years of the header
                        period = _span(years[0], years[-1])
                    merged.append(_Column(period, new.subject or old.subject, new.measure or old.measure,
                                          f"{old.text} {new.text}".strip()))
                for col in merged:
                    if col.period is None and last_period is not None and col.measure not in (None, "sum"):
                        col.period = last_period
                    last_period = col.period or last_period
                ctx.columns = merged
            else:
                if not any(c.period or c.subject or c.measure for c in cols):
                    # a header with no periods, subjects or measures ("Question | Response") starts a new
                    # table: the last table's columns stop here
                    ctx.columns = []
                    ctx.columns_are_cells = False
                    self.headings.heading(line, ctx)
                    return
                ctx.columns = cols
                ctx.columns_are_cells = True
                named = {c.subject for c in cols if c.subject}
                if ctx.subject in named and len(named) >= 2:
                    # "Own legal/appeal costs (£) | Number of planning appeals defended | ... | Number of instances
                    # ...": of the things the header's columns name, the last is not what the columns naming
                    # nothing count
                    ctx.subject = None
                sec = self.state.section
                if line.marker and sec is not None and self.state.section_line == line.start \
                        and not any(c.subject for c in cols):
                    # "1. Year | Number of applications" over "2024-25 | 513": a table's header on the line its
                    # question's number opens, naming nothing the survey asks about, heads that question's figures
                    # (not the thing named last above it, the request's last question quoted back)
                    ctx.subject, ctx.subject_fresh = sec.subject, True
            return
        header = ctx.columns if ctx.columns_are_cells else []
        if header and len(cells) < len(header) - 1:
            header = []     # this row belongs to another, narrower table
        offset = 0
        if header:
            if len(cells) == len(header) + 1:
                offset = 1
            elif len(cells) + 1 == len(header):
                offset = -1
        counted = any(c.measure == "count" for c in header)
        if counted:
            # "Laptop - Dell Latitude 5400" under "Item", in a table with a Quantity column: a name, not a figure
            value_cells = [i for i in value_cells if not (
                0 <= i - offset < len(header) and header[i - offset].text
                and not (header[i - offset].measure or header[i - offset].period or header[i - offset].subject)
                and re.search(r"[A-Za-z]{2}", self.text[cells[i][0]:cells[i][1]]))]
        label_cols = [self._cell_column(line, cs, ce) for i, (cs, ce) in enumerate(cells) if i not in value_cells]
        row_product = self._row_product(line, cells, value_cells, header, offset)
        header_subjects = {c.subject for c in header if c.subject}
        # a purchase list: one dated row per order under a header with a Quantity column
        row_date = next((d for c in label_cols if (d := whole_date(c.text)) is not None), None) if counted else None
        row_subject = next((c.subject for c in label_cols if c.subject), None)
        row_period = next((c.period for c in label_cols if c.period), None)
        row_measure = next((c.measure for c in label_cols if c.measure), None)
        label_is_sum = any(c.measure == "sum" for c in label_cols)
        # a table a page flattened onto one line with no header over it ("ALLOTMENT SITE CURRENT NUMBERS ON WAITING
        # LIST  West Street37 Norwood Close 3 ...    Average days wait over both sites  370.2"): each figure is the
        # thing its nearest label cell before it names, where the labels name two things or more, or where three
        # labels or more stand apart (then a figure under labels that name nothing is no later label's)
        flattened = not header and (len({c.subject for c in label_cols if c.subject}) >= 2
                                    or len(label_cols) >= 3 and value_cells and value_cells[0] > 0)
        labelled = [(j, c) for j, c in zip([j for j in range(len(cells)) if j not in value_cells], label_cols)
                    if c.subject] if flattened else []
        asked_total = total_column_asked(self.state.section, header, row_subject)
        for i in value_cells:
            cs, ce = cells[i]
            if labelled:
                row_subject = next((c.subject for j, c in reversed(labelled) if j < i), None)
            hi = i - offset
            col = header[hi] if header and 0 <= hi < len(header) else _Column()
            if asked_total is not None and col.measure != "sum":
                continue        # "2022 | Yes | 21 | 14 | 35 |" under "Damp | Mould | Total": the total's parts
            cell_first = len(self.state.facts)
            for v in [v for v in line.values if cs <= v.start < ce]:
                cell_subjects = [m for m in line.subjects if cs <= m[0] < ce]
                if (v.zero or v.word) and not self.value_lines.cell_answer(v, cs, ce, cell_subjects):
                    continue
                cell_subject = self._value_subject(v, cell_subjects, [w for w in line.values if cs <= w.start < ce])
                subject = cell_subject or row_subject or col.subject
                inferred_subject = False
                if subject is None and col.measure in ("cost", "unit_cost_gbp", "total_cost_gbp") \
                        and len(header_subjects) == 1:
                    # "Year | Laptops | Cost": the one device the header names is what the cost is of
                    subject, inferred_subject = next(iter(header_subjects)), True
                if subject is None and row_q is not None and not label_is_sum:
                    subject, inferred_subject = row_q.subject, True
                if subject is None and ctx.subject and not label_is_sum:
                    subject, inferred_subject = ctx.subject, True
                if subject is None and not label_is_sum and row_period is not None and len(value_cells) == 1 \
                        and not v.zero and not v.word and not header_subjects \
                        and all(c.period is not None or not c.text.strip() for c in label_cols):
                    # "Year   Number of Adult Clients who did not have Direct Payments ..." / "2014/15    852": a
                    # row of a period and one figure, under a header that names nothing the survey asks about, is
                    # the figure of the one question asking for it in that period (see period_rows.py)
                    subject, inferred_subject = sole_asker(self.survey, v.money, row_period, named=True), True
                total_of = self.emitter.total_subject() if label_is_sum and subject is None else None
                if asked_total is not None:
                    # the question asks for the total: the Total column is its figure, the Total row's over
                    # the rows' periods
                    subject, inferred_subject, total_of = asked_total, False, asked_total
                    col = _Column(col.period or (self.value_lines._span_totalled(asked_total) if label_is_sum
                                                 else None), None, None, col.text)
                if total_of is not None:
                    subject, inferred_subject = total_of, True
                as_total = col.measure == "sum" and row_product is not None and abs(v.value - row_product) <= \
                    0.01 * max(v.value, 1)
                if subject is None or label_is_sum and total_of is None \
                        or col.measure == "sum" and not v.money and not as_total and total_of is None:
                    continue
                period = self._cell_period(v, [p for p in line.periods if cs <= p.start < ce]) or col.period \
                    or row_period
                if period is None and not header and len(line.periods) == 1 and line.periods[0].start < cs:
                    # "2016 - 1 Premises  1149 days overdue": the row's one year, in a cell of figures before this
                    # one, is this cell's too
                    period = line.periods[0]
                period_inferred = False
                if period is None and ctx.period is not None:
                    period = self.headings.context_period(ctx, subject)
                    period_inferred = period is not None
                measure_hint = "total_cost_gbp" if as_total else \
                    col.measure if col.measure not in (None, "sum") else row_measure
                if measure_hint == "cost" and not cell_subject and col.subject == subject and offset == 0:
                    # "Own legal/appeal costs (£)" over "£2,750.00", the row cell for cell under its header: the
                    # column names the thing, and the questions about it ask for one kind of amount only: that kind,
                    # however small
                    kinds = {m for q in self.survey.questions if q.subject == subject for m in q.measures} \
                        & MONEY_MEASURES
                    measure_hint = kinds.pop() if len(kinds) == 1 else measure_hint
                if measure_hint is None or measure_hint == "count":
                    measure_hint = measure_hint or (
                        (row_q.measures[0] if len(row_q.measures) == 1 else None) if row_q is not None else ctx.measure)
                conf = 0.95 - (0.05 if period_inferred else 0) - (0.1 if period is None else 0) \
                    - (0.1 if inferred_subject else 0) - (0.1 if not header and not row_subject else 0)
                before = len(self.state.facts)
                self.emitter.emit(v, subject, period, measure_hint, (line.start, line.end), conf, window=self.text[cs:ce])
                if row_date is not None and period is None and len(self.state.facts) > before:
                    self.state.line_items[len(self.state.facts) - 1] = row_date
                guessed = measure_hint not in ("unit_cost_gbp", "total_cost_gbp") and not (
                    _UNIT_CUE.search(self.text[cs:ce]) or _TOTAL_CUE.search(self.text[cs:ce]))
                if (guessed and header and 0 <= hi < len(header) and len(self.state.facts) > before
                        and self.state.facts[-1].measure in ("unit_cost_gbp", "total_cost_gbp")):
                    # columns with the same heading ("Cost (£)" under each year) hold the same kind of amount
                    heading = col.text.replace(col.period.label, " ") if col.period else col.text
                    self.state.guessed_by_column.setdefault(" ".join(heading.lower().split()) or id(col), []).append(
                        len(self.state.facts) - 1)
            conflicts.in_one_cell(self.state.facts, cell_first)   # "Laptops | 120 (150)"

    def _value_subject(self, v: Value, cell_subjects: list[tuple[int, int, str]], cell_values: list[Value]
                       ) -> str | None:
        """The subject a figure in a cell counts. A cell that names two things and gives two figures pairs them as
        it is written: "46 claims made/ 0 outstanding" (each figure before its thing), "Laptops 5, tablets 6"
        (each after); otherwise the first thing the cell names."""
        first = cell_subjects[0][2] if cell_subjects else None
        if len({k for _, _, k in cell_subjects}) < 2 or len(cell_values) < 2:
            return first
        if cell_values[0].start < cell_subjects[0][0]:
            after = next((m for m in cell_subjects if m[0] >= v.end), None)
            if after is not None and re.fullmatch(r"[ \t]*(?:[A-Za-z]+[ \t]+)?", self.text[v.end:after[0]]):
                return after[2]
            return first
        before = [m for m in cell_subjects if m[1] <= v.start]
        return before[-1][2] if before else first

    def wrapped_header(self, fragments: list[_Line], row: _Line, ctx: _Context) -> None:
        """A table whose header cells wrapped in a PDF comes out as short lines, one piece of a cell each
        ("Device" / "Number" / "purchased" / "2019/20" / "Number" / "purchased" / "2020/21" / "Average unit cost" /
        "(£)"), before its first row ("Laptops | 120 | 860 | £645"). When the pieces split after each period
        into as many columns as the row has figures, they are its header: each column has its period and
        measure, and the period and measure the pieces set as headings are undone."""
        if len(fragments) < 3 or ctx.columns_are_cells:
            return
        groups: list[list[_Line]] = [[]]
        for f in fragments:
            groups[-1].append(f)
            if f.periods:
                groups.append([])
        if not groups[-1]:
            groups.pop()
        n_values = sum(1 for cs, ce in row.cells if any(cs <= v.start < ce for v in row.values))
        if len(groups) != n_values or sum(1 for g in groups if any(f.periods for f in g)) < 2:
            return
        cols = [_Column()]   # the row's label cell
        for g in groups:
            text = " ".join(f.text.strip() for f in g)
            period = next((p for f in g for p in f.periods), None)
            cols.append(_Column(period=period, subject=next((k for f in g for _, _, k in f.subjects), None),
                                measure=measure_of(text), text=text))
        ctx.columns, ctx.columns_are_cells = cols, True
        ctx.period = ctx.measure = ctx.detached = None
        ctx.measure_heading_since_period = False

    def _row_product(self, line: _Line, cells, value_cells: list[int], header: list[_Column], offset: int
                     ) -> float | None:
        """Quantity × unit price of a row under a header with a count column and a price-each column: a
        "Total" cell equal to it is the row's total cost, not a sum of counts."""
        found: dict[str, float] = {}
        for i in value_cells:
            if 0 <= i - offset < len(header) and header[i - offset].measure in ("count", "unit_cost_gbp"):
                cs, ce = cells[i]
                vals = [v for v in line.values if cs <= v.start < ce]
                if len(vals) == 1:
                    found.setdefault(header[i - offset].measure, vals[0].value)
        return found["count"] * found["unit_cost_gbp"] if len(found) == 2 else None

    def _cell_period(self, v: Value, periods: list[Period]) -> Period | None:
        """The period of a figure in a table cell. A cell with several periods is a list ("2018/19: 95
        2019/20: 143 2020/21: 702 Average cost per laptop £612", a Word cell of several paragraphs): a figure
        takes the period written right before it ("2019/20: 143") or right after it in brackets ("143
        (2019/20)"), and one with words between ("... per laptop £612") takes none of them."""
        if len(periods) < 2:
            return periods[0] if periods else None
        before = [p for p in periods if p.end <= v.start]
        if before and re.fullmatch(r"[\s:=\-–—]*", self.text[before[-1].end:v.start]):
            return before[-1]
        after = next((p for p in periods if p.start >= v.end), None)
        if after and re.fullmatch(r"\s*\(\s*", self.text[v.end:after.start]):
            return after
        return None
