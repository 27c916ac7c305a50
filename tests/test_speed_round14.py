"""The reader's speed, round 14: a figure's place in its quote is found from the runs of digits, as the pattern once
compiled for each figure found it, on real replies' lines and on random text of digits, commas and points."""

from __future__ import annotations

import random
import re

import pytest

from reader.facts import spans as S
from tests.speed_helpers import real_lines, real_texts  # noqa: F401 (fixtures)


class _Figure:
    def __init__(self, value: float, start: int, end: int) -> None:
        self.value, self.start, self.end = value, start, end


def _by_pattern(value: float, text: str, start: int, end: int) -> tuple[int, int]:
    # the form before round 14: a pattern of the figure's digits, each comma optional
    digits = re.compile(r"(?<![\d.,])" + re.escape(f"{int(value):,}").replace(",", ",?") + r"(?![\d,])")
    found = list(digits.finditer(text, start, end))
    return (found[0].start(), found[0].end()) if len(found) == 1 else (start, end)


_BITS = ["1", "2", "3", "4", "0", ",", ".", " ", "a", "-", "\u0661", "12", "1,234", "1234", "234", ",234", "\n", "£"]
_VALUES = [0.0, 1.0, 12.0, 234.0, 1234.0, 12340.0, 1234567.0, 4.0, 10.0, 100.0, 1000.0, 2341.0, -1234.0]


def test_a_figure_is_found_where_its_pattern_found_it():
    rnd = random.Random(14)
    for _ in range(30000):
        text = "".join(rnd.choice(_BITS) for _ in range(rnd.randint(0, 12)))
        start = rnd.randint(0, len(text))
        end = rnd.randint(start, len(text))
        value = rnd.choice(_VALUES)
        assert S._figure_at(_Figure(value, start, end), text) == _by_pattern(value, text, start, end), (text, value)


@pytest.mark.parametrize("text, value, span", [
    ("We issued 1,234 penalty notices", 1234.0, (10, 15)),
    ("We issued 1234 penalty notices", 1234.0, (10, 14)),
    ("In 2019 there were 12 and in 2020 12 again", 12.0, (0, 42)),     # twice: the whole quote
    ("12,34 is no thousand", 1234.0, (0, 20)),
    ("Cost 3.1234 per unit", 1234.0, (0, 20)),
])
def test_forms(text, value, span):
    assert S._figure_at(_Figure(value, 0, len(text)), text) == span


def test_real_lines(real_lines):
    for line in real_lines[:4000]:
        for m in re.finditer(r"\d[\d,]*", line):
            value = float(m.group().replace(",", "") or 0)
            assert S._figure_at(_Figure(value, 0, len(line)), line) == _by_pattern(value, line, 0, len(line)), line
