"""The figures of a reply line as the reader weighs them: reader/scan.py's find_values, built on the generic
readers (money.py for amounts and money ranges, numbers.py for numbers, number words and count ranges)."""

from __future__ import annotations

import pytest

from reader.scan import find_values, never_spans


def values(text: str) -> list[tuple]:
    return [(v.text, v.value, v.money, v.approx, v.zero, v.word) for v in find_values(text, never_spans(text))]


@pytest.mark.parametrize("text, expected", [
    # the two readings the two scanners used to disagree on: money.py's and numbers.py's are kept
    ("Total cost £1.2mn", [("£1.2mn", 1_200_000, True, False, False, False)]),
    ("We bought two hundred laptops", [("two hundred", 200, False, False, False, True)]),
    ("Laptops - 23.25K", [("23.25K", 23_250, False, False, False, False)]),
    ("2019/20 - £14,628", [("£14,628", 14_628, True, False, False, False)]),
    ("£550 - £750 per device", [("£550 - £750", 650, True, True, False, False)]),
    ("between 200 and 250 laptops", [("between 200 and 250", 225, False, True, False, False)]),
    # not one price: a table's columns, a tenfold spread, a price then a year
    ("£310   -   £350", [("£310", 310, True, False, False, False), ("£350", 350, True, False, False, False)]),
    ("£50 - £900", [("£50", 50, True, False, False, False), ("£900", 900, True, False, False, False)]),
    ("Laptops: none", [("none", 0, False, False, True, False)]),
    ("FOI/123 and 2.5.1 and A-12", []),
])
def test_figures_of_a_line(text, expected):
    assert values(text) == expected


def test_a_figure_inside_a_blocked_span_is_not_read():
    text = "Ref 2021/1234 - 84 laptops"
    assert [v.value for v in find_values(text, [(0, 13)])] == [84]


@pytest.mark.parametrize("junk", ["£1 - " * 20_000, "between 1 and " * 10_000, "two hundred " * 10_000,
                                  "1,2" * 30_000, "£" * 60_000, "- £5 " * 15_000, "23k " * 20_000])
def test_bounded_time_on_long_junk(junk):
    import time

    from reader.money import find_amounts
    from reader.numbers import find_numbers

    t0 = time.perf_counter()
    find_values(junk, [])
    find_amounts(junk)
    find_numbers(junk)
    assert time.perf_counter() - t0 < 5
