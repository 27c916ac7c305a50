"""A question's number opening a line, spelt once (reader/question_number.py) and built into the patterns that read
what follows it."""

from pathlib import Path
import re

import pytest

from reader.question_number import ANY_NUMBER, NUMBER, OPENS_LINE, PART


@pytest.mark.parametrize("line, number", [
    ("1. None", "1"), ("Q2) 14", "2"), ("Question 3 - not held", "3"), ("  4a: 12", "4"), ("q 5 \u2013 Nil", "5"),
    ("10) see below", "10"), ("QUESTION 11. Yes", "11"),
])
def test_a_question_number_opening_a_line(line, number):
    m = OPENS_LINE.match(line)
    assert m is not None and m.group(1) == number


@pytest.mark.parametrize("line", ["2019 - 12", "Total: 4", "The council", "123. x", "1 none"])
def test_what_is_not_a_question_number_opening_a_line(line):
    # a year, a label, prose, three digits, a number with nothing closing it
    assert OPENS_LINE.match(line) is None


def test_the_pieces_compose_with_and_without_a_group():
    assert re.fullmatch(NUMBER + PART, "Q12b", re.IGNORECASE).group(1) == "12"
    assert re.compile(ANY_NUMBER + PART).groups == 0


def test_no_reader_module_spells_a_question_number_again():
    # "Q"/"Question" before one or two digits is written once, in question_number.py; other modules build on it
    root = Path(__file__).resolve().parents[1] / "reader"
    spellings = (r"q(?:uestion)?[ \t]*)?\d", r"q(?:uestion)?[ \t]*)?(\d", r"(?:question|q)\s*)?\d", r"(?:question|q)\s*)?(\d",
                 r"(?:Q[ \t]*)?\d")
    copies = [str(p.relative_to(root)) for p in root.rglob("*.py") if p.name != "question_number.py"
              and any(s in p.read_text() for s in spellings)]
    assert copies == []
