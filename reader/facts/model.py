"""The model of a reply the layout readers share: a ``Fact`` found in it, a ``_Line`` of it (its
table cells, the survey's subjects, the periods, the values and any question marker in it), a table
``_Column``, and the ``_Context`` the headings and table headers above a line set for it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .. import conflicts
from ..periods import Period
from ..scan import Value


@dataclass(frozen=True)
class Fact:
    subject: str
    period: str | None
    period_start: str | None
    period_end: str | None
    measure: str
    value: float
    unit: str
    approx: bool
    quote: str
    start: int
    end: int
    confidence: float
    question: str | None
    partial: bool = False      # the period is written "to date" / "YTD": the figures run up to the reply's date
    # why this figure disagrees with another one in the reply ("'Nil' beside a price of £650", "two figures in
    # one table cell", "a total that is not count × price"): kept, with a low confidence, for a person to check
    conflict: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


MAX_VALUES_PER_UNIT = 200


CONFLICT_CONFIDENCE = conflicts.CONFLICT_CONFIDENCE


@dataclass
class _Line:
    start: int
    end: int
    text: str
    cells: list[tuple[int, int]] | None
    subjects: list[tuple[int, int, str]]
    periods: list[Period]
    values: list[Value]
    marker: tuple[str | None, str | None] | None  # (number, letter) of a list marker/question number
    asked: list[tuple[int, int]] = field(default_factory=list)   # the parts that ask (see Headings.asked_spans)


@dataclass
class _Column:
    period: Period | None = None
    subject: str | None = None
    measure: str | None = None      # count | unit_cost_gbp | total_cost_gbp | cost | sum
    text: str = ""


@dataclass
class _Context:
    period: Period | None = None
    subject: str | None = None
    measure: str | None = None
    measure_heading_since_period: bool = False
    period_group: str | None = None
    subject_fresh: bool = False
    # the paragraphs under a question restated whole with its "?" are its answer, each one (see Headings.heading)
    answering: str | None = None
    detached: tuple[Period, int] | None = None   # period set aside by a "Costs:" heading, first fact index
    carry: tuple[str | None, Period | None] | None = None   # subject/period of a line that wrapped
    sections_repeat: bool = False                # year sections each with their own "Costs:" section
    columns: list[_Column] = field(default_factory=list)   # last table/positional header
    columns_are_cells: bool = False
    columns_tabular: bool = False     # a header line of periods (and measures) only, columns single-spaced
    alt_columns: tuple | None = None  # (columns, the same header read as phrase columns)
    # the columns a header of periods set, kept under a label line that names a subject: they still hold for a
    # line of bare figures, one a column (see Headings.heading)
    held_columns: list[_Column] | None = None
    # a table copied column by column: "Financial Year | Capital Budget | Capital Expenditure |" over "2015-2016
    # 2016-2017 |" and one line of figures for each column after the first, in order (see Headings.heading)
    by_row: list[_Column] | None = None
