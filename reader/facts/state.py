"""The reading state the layout readers share while the driver walks a reply line by line, and ``Part``, what
every layout reader is: one object over that state, with the other readers at hand."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..survey import Question, Survey
from .model import _Line, Fact


@dataclass
class ReadingState:
    text: str
    survey: Survey
    skip: list[tuple[int, int]]
    question_words: dict[str, frozenset[str]]   # each question's own words (see words._content_words)
    month_labels: dict[int, str]   # what each month leading a line means (see reply_lines._month_label_kinds)
    # shares and lengths of time the survey asks for (see rates.py)
    rate_measures: frozenset[str]
    facts: list[Fact] = field(default_factory=list)
    disposals: bool = False   # inside a section about things got rid of (see reader._NOT_ACQUIRED)
    disposal_verb: str = ""  # the words that opened it ("disposed of")
    disposal_subjects: set[str] = field(default_factory=set)   # the survey's own subjects of things got rid of
    describing: bool = False  # inside a section of descriptions (see reader._DESCRIBING)
    # under such a heading that names the thing described ("Type of devices -"): its lines may count that thing
    # by type, but a number that ends a name is no sum of money
    naming: bool = False
    line: _Line | None = None
    group: str = ""   # the number of the last numbered question ("2" of "2. Detail on ..."), for "a)" under it
    section: Question | None = None   # the survey question whose number heads the lines being read ("Q2." / "2. ...")
    section_line: int = -1   # where that number stands
    # money figures whose unit-or-total was guessed, by the table column they stand in (see whole_reply.harmonise)
    guessed_by_column: dict[str | int, list[int]] = field(default_factory=dict)
    line_items: dict[int, date] = field(default_factory=dict)   # facts from dated rows of a purchase list
    buying_headings: list[bool] = field(default_factory=list)   # the last few lines without figures: bought?
    counts: dict[tuple[str, str | None], float] = field(default_factory=dict)
    anchors: list[tuple[int, str | None, str]] = field(default_factory=list)   # (offset, question id, why)
    # where figures stand in the text about anything, survey or not: a sign the reply answers
    loose_figures: list[int] = field(default_factory=list)
    rates: dict[int, str] = field(default_factory=dict)   # the measure of each share or length of time, by start
    # parts counted beside the share their question asks ("10 had an EHCP (4.4%)" answering "Of these, what proportion
    # ..."): their question, by start (see part_counts.py)
    part_counts: dict[int, str] = field(default_factory=dict)


class Part:
    """One layout reader. It reads and writes the shared ``state``, and calls the other readers through the
    attributes the driver gives every part (``reply_lines``, ``headings``, ``headers``, ``rows``, ``value_lines``,
    ``emitter``, ``whole``): the parts call one another both ways at run time (a row emits facts, the emitter
    asks what a heading opened), so none imports another."""

    def __init__(self, state: ReadingState):
        self.state = state
        self.text = state.text        # never changes while a reply is read
        self.survey = state.survey
