"""A table of periods copied a cell to a line: its header's periods one under another ("2021/2022" / "2022/2023" /
"2023/2024" / "2024/2025"), then under each question's heading its figures one under another, as many as the
periods ("1." / "How many accounts were raised ...?" / "50,889" / "51,472" / "52,557" / "52,959"): the n-th figure of
each run is the n-th period's."""

from __future__ import annotations

import re

from ..numbers import LOOSE_FIGURE
from .model import _Context, _Line


# what a line holds besides its one period or figure when it is that cell alone ("21/22 |", "£78,145,949.45")
_CELL_REST = re.compile(r"[\s|£]*")


class StackedPeriods:
    """Reads every line in order (``see``), and gives bare figures their column's period."""

    def __init__(self, text: str):
        self.text = text
        self.header: list = []       # the periods of the last run of two or more period cells
        self._run: list = []         # the run of period cells being read
        self._figures: list | None = None   # the periods left for the run of figure cells being read
        self._in_run = False         # the line above was a figure cell
        self._saved: tuple | None = None    # the heading's period and group, put back after a run

    def _bare(self, line: _Line, spans: list[tuple[int, int]]) -> bool:
        rest = line.text
        for a, b in sorted(spans, reverse=True):
            rest = rest[:a - line.start] + rest[b - line.start:]
        return _CELL_REST.fullmatch(rest) is not None

    def _figure_cell(self, line: _Line) -> bool:
        return len(line.values) == 1 and not line.periods and not line.subjects and line.cells is None \
            and self._bare(line, [(line.values[0].start, line.values[0].end)])

    def _run_below(self, line: _Line) -> int:
        """How many figure cells stand one under another from ``line`` on, blank lines aside."""
        n = 0
        for raw in self.text[line.start:line.start + 4000].split("\n"):
            t = raw.strip(" \t|")
            if not t:
                continue
            if re.fullmatch(r"£?" + LOOSE_FIGURE, t):
                n += 1
            else:
                break
        return n

    def see(self, line: _Line, ctx: _Context) -> None:
        if self._saved is not None and not self._figure_cell(line):
            ctx.period, ctx.period_group = self._saved
            self._saved = None
        if len(line.periods) == 1 and not line.values and not line.subjects and line.marker is None \
                and self._bare(line, [(line.periods[0].start, line.periods[0].end)]):
            self._run.append(line.periods[0])
            self._figures = None
            return
        if len(self._run) >= 2 and not line.values:
            self.header = self._run
        self._run = []
        if not self._figure_cell(line):
            self._figures, self._in_run = None, False
            return
        if self._figures is None and not self._in_run and self.header and self._run_below(line) == len(self.header):
            self._figures = list(self.header)
        self._in_run = True     # (a run is taken whole from its first figure, or not at all)
        if self._figures:
            if self._saved is None:
                self._saved = (ctx.period, ctx.period_group)
            ctx.period, ctx.period_group = self._figures.pop(0), None
