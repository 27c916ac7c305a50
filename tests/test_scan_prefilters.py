"""The scanners' prefilters (issue 13 item 6, speed): before a costly search, scan.never_spans, scan.find_values,
periods.find_periods, numbers.find_numbers and money.find_amounts test a line for what every match of a pattern
holds ("jan"…"dec", "£", a digit, a number word) and skip the searches that cannot match. A prefilter may only
save time: each test here reads text with the prefilters on and with them off (every pattern searched, as before
they existed) and wants the same answer, on lines written as councils write them, on the letters that
re.IGNORECASE reads differently from str.lower() ("ſ", "ı", "İ"), and on generated text."""

from __future__ import annotations

import re
import sys
from dataclasses import astuple

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader import folding, money, numbers, periods, scan

# Lines as councils write them, each touching one prefilter or more.
LINES = [
    "Tel: 0121 496 0000 (ext. 2234)", "Our ref: FOI/2021/1234, your ref ABC123", "FOI2021/1234 and CRM-12345",
    "Received 15 Jan 2021; we replied on 3rd February 2021 at 10:30am", "12/05/2019 and 2019-05-12",
    "1, 2 or 3 of the options", "Page 2 of 5", "the appropriate limit of £450 (18 hours at £25 per hour)",
    "The cost is £165 and not £160", "£1.25/month/unit", "<5 cases", "5.1 LA Dwelling 32", "version 1.2.3",
    "section 12(1) of the Freedom of Information Act 2000", "GDPR 2018 and the DPA 2018", "www.example.gov.uk 2",
    "foi@example.gov.uk 3", "[FOI #123 email] 4", "a 2-year contract, 20 working days, 15%, 16 GB",
    "In 2019, 2020 and 2021 we bought 45, 60 and 72 laptops", "2018/19 14,620", "FY 2019-2020: £3,000",
    "Year ending 31 March 2021: 12", "12 months to 31 March 2021: 40", "April 2020 to March 2021 - 33",
    "Sep-20  45", "September 2020: 98", "2021 (to date) - 120", "Q1 2020/21: 5", "2011-12 (Apr-Jul) 9",
    "between 200 and 250 laptops", "Laptops - nil; tablets - none", "We have not purchased any tablets", "N/A",
    "twenty-three devices and a hundred phones", "NİNE laptops in APRİL 2020", "ſept 2020: 45", "ſix tablets",
    "Nıl return", "We do not hold any", "FY21 £2.5m", "From 1 April 2019 to date: 7", "2020-09 2021-03",
    "09/2020 10/2020", "Circa 300 (approx.)", "1.5 million pounds", "50p each", "GBP 1,200",
    "Thank you for your request, reference EIR-19-6252. We will respond within 20 working days.",
    "If you are unhappy with the way your request has been handled, you may ask for an internal review.",
]
ALPHABET = [w for line in LINES for w in re.split(r"(\W)", line) if w] + ["ſ", "ı", "İ", "K", "\u00a0", "\t", "\n"]
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
texts = st.lists(st.sampled_from(ALPHABET), min_size=1, max_size=40).map("".join)


def _readings(text: str) -> tuple:
    """Everything the prefiltered scanners read in ``text``, as plain tuples."""
    return (
        tuple(scan.never_spans(text)),
        tuple(astuple(v) for v in scan.find_values(text, scan.never_spans(text))),
        tuple(astuple(p) for p in periods.find_periods(text, prose_months=False)),
        tuple(astuple(p) for p in periods.find_periods(text)),
        tuple(astuple(q) for q in numbers.find_numbers(text)),
        tuple(astuple(q) for q in numbers.find_quantities(text)),
        tuple(astuple(m) for m in money.find_amounts(text)),
        tuple(astuple(m) for m in money.find_money(text)),
    )


@pytest.fixture
def unfiltered(monkeypatch):
    """Reads with every pattern searched: each prefilter gives way to a text it cannot speak for."""
    def read(text: str) -> tuple:
        with monkeypatch.context() as m:
            for module in (scan, periods, numbers):
                m.setattr(module, "folds_unseen", lambda _text: True)
            m.setattr(money, "_ANY_DIGIT", re.compile(""))
            return _readings(text)
    return read


@pytest.mark.parametrize("line", LINES)
def test_prefilters_read_each_line_as_every_search_does(line, unfiltered):
    assert _readings(line) == unfiltered(line)
    whole = "\n".join(LINES)
    assert _readings(whole) == unfiltered(whole)


@FUZZ
@given(text=texts)
def test_prefilters_read_generated_text_as_every_search_does(text):
    # (a fixture cannot serve a hypothesis test: the switch is made by hand here)
    saved = {m: m.folds_unseen for m in (scan, periods, numbers)}
    digit = money._ANY_DIGIT
    try:
        for m in saved:
            m.folds_unseen = lambda _text: True
        money._ANY_DIGIT = re.compile("")
        expected = _readings(text)
    finally:
        for m, f in saved.items():
            m.folds_unseen = f
        money._ANY_DIGIT = digit
    assert _readings(text) == expected


def test_the_letters_ignorecase_reads_apart_from_lower_are_all_known():
    # every character re.IGNORECASE takes for an ASCII letter whose lower case is not that one letter
    everything = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    unseen = set()
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for ch in re.findall(letter, everything, re.IGNORECASE):
            if ch.lower() != letter:      # (the Kelvin sign lowers to a plain "k": str.lower() sees it)
                unseen.add(ch)
    assert unseen == set(folding.CASE_FOLDS)


def test_letters_lower_case_hides_are_read_as_their_ascii_letters():
    # a line with no digit and no number word as lower() writes it: searched all the same
    assert [(q.raw, q.value) for q in numbers.find_numbers("NİL laptops")] == [("NİL", 0.0)]
    assert (3, 14) in scan.never_spans("On 1 ſept 2020 we bought 4")     # a date, not figures
    assert [(v.text, v.zero) for v in scan.find_values("We have nıl", []) if v.zero] == [("nıl", True)]


def test_a_month_name_ignorecase_reads_through_such_a_letter_does_not_crash_the_period_reader():
    # "APRİL" lowers to "apri̇l" and "ſept" stays "ſept": looked up as written, both raised KeyError
    assert [(p.canonical, p.label) for p in periods.find_periods("APRİL 2020: 4", prose_months=False)] == \
        [("2020-04", "APRİL 2020")]
    assert [p.canonical for p in periods.find_periods("ſept 2020: 45\nOctober 2020: 50", prose_months=False)] == \
        ["2020-09", "2020-10"]
    assert periods.period_of_cell("ſeptember 2020", 0).last.month == 9
    assert periods.MONTHS["sept"] == 9
    with pytest.raises(KeyError):
        periods.MONTHS["septembre"]
