"""The driver: ``FactReader`` walks the reply's lines and hands each to the reader for its layout (a
table row, a heading or table header, a list or prose line), then settles the whole reply; ``read_facts`` is the
entry point the reply reader calls."""

from __future__ import annotations

import re
from datetime import date

from .. import conflicts
from ..rates import survey_rates_asked
from ..survey import Survey
from .model import _Context, _Line, Fact
from .measures import measure_of
from .words import _ACQUIRED, _d1_says_figure, question_words, search_acquired, search_not_acquired
from .reply_lines import _month_label_kinds, ReplyLines
from .headings import Headings
from .table_headers import TableHeaders
from .table_rows import TableRows
from .lines import ValueLines
from .emit import Emitter
from .whole_reply import WholeReply
from .state import ReadingState
from .cell_lines import spread_over_periods
from .stock import at_period_end
from .dated import on_reply_date
from .other_counts import lists_other_things
from .named_before import without_sums_named_before
from .sibling_rows import other_things_rows
from .category_rows import other_category_rows
from .cost_working import without_cost_working
from .request_words import without_request_figures
from .zeros_said import (nil_for_every_question, none_done_any, none_in_each_category, none_over_range, none_received,
                         none_to_every_question, zero_over_range)
from .joint_columns import joint_label_columns
from .named_heading import under_named_heading
from .label_above import by_label_above
from .unlettered import figures_in_part_order
from .counted_noun import without_counts_as_money
from .row_numbers import without_row_numbers
from .last_years import in_last_years
from .spans import spans_said
from .each_year import each_of_years
from .asked_kind import as_asked_kind


# Figures introduced as things got rid of are not figures of things bought ("has disposed of the following
# equipment:", "devices recycled or written off", words.``_NOT_ACQUIRED``); words of buying end such a section.


# A short heading that introduces descriptions ("Type of devices -", "Make and model:"): the lines under it
# name things ("PDA used is HTC Touch Diamond 2"), their digits are not figures
_DESCRIBING = re.compile(r"\s*(?:\d+[.)]\s*)?(?:the\s+)?(?:types?|makes?|models?|brands?|manufacturers?|"
                         r"specifications?)\b[^\d]{0,30}$", re.IGNORECASE)
# a name that ends in its model's number, after a capitalised word ("Nokia 2330", "HTC Touch Diamond 2")
_NAMES_A_MODEL = re.compile(r"\b[A-Z][A-Za-z]+[ \t]+\d[\w.]*[ \t]*$")
_SEPARATOR_ROW = re.compile(r"[|:\-+= \t]+")
# a count in words opening its line, as a sentence's subject: "Five member Code of Conduct complaints were received
# during this period." / "Four brought by members of the public and one by a councillor." (still a figure said, if
# of nothing the survey names: the letter answers)
_OPENS_COUNT = re.compile(r"[ \t]*(?-i:[A-Z])[a-z]+(?:-[a-z]+)?$")


# a line a PDF wrapped goes on in lower case or with "£" or "("; one ending without a stop may run on
_WRAPPED = re.compile(r"\s*[a-z£(]")
_STOP_AT_END = re.compile(r"[.!?:;]$")


class FactReader:
    """Reads a reply's figures, line by line, handing each line to the reader for its layout. The readers are
    parts over one ``ReadingState``; each holds the others (see ``state.Part``)."""

    def __init__(self, text: str, survey: Survey, skip: list[tuple[int, int]]):
        self.text = text
        self.state = ReadingState(
            text=text, survey=survey, skip=skip,
            question_words=question_words(survey),
            month_labels=_month_label_kinds(text),
            rate_measures=survey_rates_asked(survey))
        self.reply_lines = ReplyLines(self.state)
        self.headings = Headings(self.state)
        self.headers = TableHeaders(self.state)
        self.rows = TableRows(self.state)
        self.value_lines = ValueLines(self.state)
        self.emitter = Emitter(self.state)
        self.whole = WholeReply(self.state)
        parts = (self.reply_lines, self.headings, self.headers, self.rows, self.value_lines, self.emitter,
                 self.whole)
        for part in parts:
            (part.reply_lines, part.headings, part.headers, part.rows, part.value_lines, part.emitter,
             part.whole) = parts

    @property
    def facts(self) -> list[Fact]:
        return self.state.facts

    @property
    def anchors(self) -> list[tuple[int, str | None, str]]:
        return self.state.anchors

    @property
    def loose_figures(self) -> list[int]:
        return self.state.loose_figures

    def read(self) -> list[Fact]:
        ctx = _Context()
        prev_row = False
        # short lines without figures since the last blank line (see TableRows.wrapped_header)
        fragments: list[_Line] = []
        other_things = False        # under a list of counts of a thing the survey does not ask about
        for line, s, e, skipped in self.reply_lines.lines():
            if skipped or line is None:
                fragments = []
                continue
            stripped = line.text.strip()
            if not stripped:
                continue
            if _SEPARATOR_ROW.fullmatch(stripped):   # |---|---| separator rows
                continue
            self.headings.sections(line, ctx)
            self.headings.anchor(line)
            if line.cells is None:
                if line.marker and line.marker[0]:
                    self.state.disposals = False      # a new numbered question starts afresh
                if search_acquired(line.text):
                    self.state.disposals = False
                elif (gone := search_not_acquired(line.text)) is not None \
                        and not (line.values and any(a <= line.start + gone.start() < b for a, b, _ in line.subjects)) \
                        and any(_ACQUIRED.search(q.text) for q in self.state.survey.questions):
                    # (only where the survey counts things bought: "4, Of the ... PCNs that were challenged, 3,522
                    # were cancelled ..., 2,435 were written off for other reasons" answers a survey of no buying)
                    # (not a sentence of figures whose words of getting rid are a thing the survey asks about: "...
                    # 3,522 were cancelled ..., 2,435 were written off for other reasons and 2,934 were upheld")
                    self.state.disposals = True
                    self.state.disposal_verb = " ".join(gone.group(0).lower().split())
                in_names = self.state.describing or self.state.naming
                if not line.values and not (in_names and _NAMES_A_MODEL.search(stripped)
                                            and not line.periods and not line.marker):
                    # each heading starts or ends a section of descriptions; one that names periods or
                    # measures heads figures (a description whose number was no figure, "Mobile Phone used is
                    # Nokia 2330", is one of the section's lines, not a heading that ends it)
                    heads = bool(_DESCRIBING.match(stripped)) and not line.periods and measure_of(stripped) is None
                    self.state.describing = heads and not line.subjects
                    self.state.naming = heads and bool(line.subjects)
            if line.values:
                self.state.loose_figures.extend(v.start for v in line.values[:50] if not v.zero
                                                and (not v.word or _OPENS_COUNT.match(self.text, line.start, v.end))
                                                and _d1_says_figure(self.text, v))
            if other_things and line.marker and line.marker[0]:
                other_things = False        # the next question's number ends a list of other things' counts
            if other_things and line.values:
                continue
            if line.cells is None and prev_row and self.rows.single_spaced_row(line, ctx):
                pass        # (its cells set: read as the table's row below)
            if line.cells is not None:
                if not prev_row and fragments and line.values:
                    self.rows.wrapped_header(fragments, line, ctx)
                fragments = []
                self.rows.row(line, ctx, prev_row)
                prev_row = True
                continue
            was_row, prev_row = prev_row, False
            fragments = [*fragments, line] if not line.values and len(stripped) <= 30 else []
            carry, ctx.carry = ctx.carry, None
            if not line.values or (line.marker and stripped.endswith("?")):
                # a restated question ("Q1a. How many laptops ... in the last three years?") heads its answer
                table = (ctx.columns, ctx.columns_are_cells)
                self.headings.heading(line, ctx)
                if was_row and table[1] and not line.values and not line.periods and len(line.subjects) == 1 \
                        and not any(c.subject for c in table[0]):
                    # "Tablet computers" / "5 | 40 | £320": a row whose label a PDF put on a line of its own (not
                    # under a header whose columns name things, "... please provide: •   The number of trees
                    # planted ..." over "-   2019/20   52": a line naming another thing, "•   The number of trees
                    # removed ...", heads what follows it, not a row of that table)
                    ctx.columns, ctx.columns_are_cells = table
            else:
                # a PDF line wrapped mid-sentence: "... 426 laptops at an average" / "cost of £650 each."
                # ("b) Tablets: none" starts a new item, however the line above ended)
                wrapped = _WRAPPED.match(line.text) and not line.marker
                self.value_lines.value_line(line, ctx, carry if wrapped else None)
            other_things = other_things or lists_other_things(line.text, self.state.survey, self.state.question_words)
            stripped_end = line.text.rstrip()
            # (not a question restated under its number, though it ends without a stop: "4. How much ... in the
            # financial years 2020/21, 2021/22 and 2022/23 combined? This should be one figure, ... all three
            # financial years" over "£8,039,203.95": the figure is the question's answer, not a wrapped line's end)
            if len(stripped_end.strip()) > 50 and not _STOP_AT_END.search(stripped_end) \
                    and not (line.marker and line.marker[0] and "?" in stripped_end):
                ctx.carry = (line.subjects[-1][2] if line.subjects else (carry[0] if carry else None),
                             line.periods[-1] if line.periods else (carry[1] if carry else None))
                if not line.values and ctx.subject is not None and ctx.subject in {k for _, _, k in line.subjects}:
                    # a heading naming two things, of which it heads one ("Average costs of providing a Public
                    # Health Funeral 2011/2012" over "£2073"): that one carries on, not the last named
                    ctx.carry = (ctx.subject, ctx.carry[1])
        if ctx.sections_repeat:
            self.headings.reattach(ctx)
        self.whole.harmonise()
        self.whole.sum_line_items()
        self.state.facts = none_in_each_category(self.state.facts, self.text, self.state.survey, self.state.skip)
        self.state.facts = none_to_every_question(self.state.facts, self.text, self.state.survey)
        self.state.facts = none_over_range(self.state.facts, self.text, self.state.survey)
        self.state.facts = zero_over_range(self.state.facts, self.text, self.state.survey)
        self.state.facts = none_received(self.state.facts, self.text, self.state.survey, self.state.skip)
        self.state.facts = none_done_any(self.state.facts, self.text, self.state.survey, self.state.skip)
        self.state.facts = nil_for_every_question(self.state.facts, self.text, self.state.survey)
        self.state.facts = joint_label_columns(self.state.facts, self.text, self.state.survey)
        self.state.facts = under_named_heading(self.state.facts, self.text, self.state.survey)
        self.state.facts = by_label_above(self.state.facts, self.text, self.state.survey)
        self.state.facts = figures_in_part_order(self.state.facts, self.text, self.state.survey)
        self.state.facts.sort(key=lambda f: f.start)
        self.state.facts = spread_over_periods(self.state.facts, self.text, self.state.survey)
        self.state.facts = at_period_end(self.state.facts, self.state.survey)
        self.state.facts = in_last_years(self.state.facts, self.text, self.state.survey)
        self.state.facts = each_of_years(self.state.facts, self.text)
        self.state.facts = as_asked_kind(self.state.facts, self.text, self.state.survey)
        self.state.facts = other_category_rows(self.state.facts, self.text, self.state.survey)
        self.state.facts = other_things_rows(self.state.facts, self.text, self.state.survey)
        self.state.facts = without_cost_working(self.state.facts, self.text)
        self.state.facts = without_request_figures(self.state.facts, self.text, self.state.survey)
        self.state.facts = without_sums_named_before(self.state.facts, self.text)
        self.state.facts = without_counts_as_money(self.state.facts, self.text)
        self.state.facts = without_row_numbers(self.state.facts, self.text)
        self.state.facts = conflicts.across_measures(self.state.facts, self.text)
        return self.state.facts


def read_facts(text: str, survey: Survey, skip: list[tuple[int, int]] | None = None, *,
               replied_on: date | None = None) -> tuple[list[Fact], list, list[int]]:
    """Facts in ``text`` (already normalised to the same length), the question anchors found, and how many
    where figures of any kind stand (a reply about something outside the survey still answers). ``replied_on``:
    the reply's date, where periods "to date" end (see ``dated``)."""
    reader = FactReader(text, survey, skip or [])
    facts = reader.read()
    if replied_on is not None:
        facts = on_reply_date(facts, text, survey, replied_on)
    facts = spans_said(facts, text, replied_on)
    return facts, reader.anchors, reader.loose_figures
