"""Periods as councils write them: reader/periods.py."""

from __future__ import annotations

import time
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.periods import KINDS, find_periods, mark_partial, parse_period, period_of_cell


def as_written(text, p):
    """The label is the span's text, without the words introducing it and with runs of spaces made one."""
    span = " ".join(text[p.start:p.end].split())
    return span.endswith(p.label) and (span == p.label or span[:len(span) - len(p.label)].lower().rstrip(" :")
                                        .endswith("year"))

# (cell text, start, end, kind, canonical, partial)
WHOLE = [
    ("2018-19", date(2018, 4, 1), date(2019, 3, 31), "financial_year", "2018-19", False),
    ("2018/19", date(2018, 4, 1), date(2019, 3, 31), "financial_year", "2018-19", False),
    ("2018/2019", date(2018, 4, 1), date(2019, 3, 31), "financial_year", "2018-19", False),
    ("2018-2019", date(2018, 4, 1), date(2019, 3, 31), "financial_year", "2018-19", False),
    ("2018 – 2019", date(2018, 4, 1), date(2019, 3, 31), "financial_year", "2018-19", False),
    ("18/19", date(2018, 4, 1), date(2019, 3, 31), "financial_year", "2018-19", False),
    ("99/00", date(1999, 4, 1), date(2000, 3, 31), "financial_year", "1999-00", False),
    ("FY 2019-2020", date(2019, 4, 1), date(2020, 3, 31), "financial_year", "2019-20", False),
    ("FY19/20", date(2019, 4, 1), date(2020, 3, 31), "financial_year", "2019-20", False),
    ("financial year 2019/20", date(2019, 4, 1), date(2020, 3, 31), "financial_year", "2019-20", False),
    ("Financial Year 2019 to 2020", date(2019, 4, 1), date(2020, 3, 31), "financial_year", "2019-20", False),
    ("year ending 31 March 2021", date(2020, 4, 1), date(2021, 3, 31), "financial_year", "2020-21", False),
    ("year ended 31st March 2020", date(2019, 4, 1), date(2020, 3, 31), "financial_year", "2019-20", False),
    ("April 2020 to March 2021", date(2020, 4, 1), date(2021, 3, 31), "financial_year", "2020-21", False),
    ("1 April 2019 - 31 March 2020", date(2019, 4, 1), date(2020, 3, 31), "financial_year", "2019-20", False),
    ("01/04/2019 - 31/03/2020", date(2019, 4, 1), date(2020, 3, 31), "financial_year", "2019-20", False),
    ("Apr 19 - Mar 20", date(2019, 4, 1), date(2020, 3, 31), "financial_year", "2019-20", False),
    ("from 1st April 2020 to 31st March 2021", date(2020, 4, 1), date(2021, 3, 31), "financial_year",
     "2020-21", False),
    ("September 2020", date(2020, 9, 1), date(2020, 9, 30), "month", "2020-09", False),
    ("Sept 2020", date(2020, 9, 1), date(2020, 9, 30), "month", "2020-09", False),
    ("Sep-20", date(2020, 9, 1), date(2020, 9, 30), "month", "2020-09", False),
    ("Feb 2020", date(2020, 2, 1), date(2020, 2, 29), "month", "2020-02", False),
    ("2020-09", date(2020, 9, 1), date(2020, 9, 30), "month", "2020-09", False),
    ("09/2020", date(2020, 9, 1), date(2020, 9, 30), "month", "2020-09", False),
    ("2020", date(2020, 1, 1), date(2020, 12, 31), "calendar_year", "2020", False),
    ("calendar year 2019", date(2019, 1, 1), date(2019, 12, 31), "calendar_year", "2019", False),
    ("Jan-Dec 2020", date(2020, 1, 1), date(2020, 12, 31), "calendar_year", "2020", False),
    ("January to December 2019", date(2019, 1, 1), date(2019, 12, 31), "calendar_year", "2019", False),
    ("2021-22 (to date)", date(2021, 4, 1), date(2022, 3, 31), "financial_year", "2021-22", True),
    ("2021/22 YTD", date(2021, 4, 1), date(2022, 3, 31), "financial_year", "2021-22", True),
    ("2021-22 (part year)", date(2021, 4, 1), date(2022, 3, 31), "financial_year", "2021-22", True),
    ("September 2019 to August 2020", date(2019, 9, 1), date(2020, 8, 31), "range", "2019-09-01/2020-08-31", False),
    ("academic year 2019/20", date(2019, 9, 1), date(2020, 8, 31), "academic_year", "AY2019-20", False),
    ("2019/20 academic year", date(2019, 9, 1), date(2020, 8, 31), "academic_year", "AY2019-20", False),
    ("2018/19 to 2020/21", date(2018, 4, 1), date(2021, 3, 31), "range", "2018-04-01/2021-03-31", False),
    ("April 2021 to date", date(2021, 4, 1), date(2022, 3, 31), "range", "2021-04-01/2022-03-31", True),
    ("year ending 31 August 2020", date(2019, 9, 1), date(2020, 8, 31), "range", "2019-09-01/2020-08-31", False),
    ("(2019-20)", date(2019, 4, 1), date(2020, 3, 31), "financial_year", "2019-20", False),
    ("2019-20:", date(2019, 4, 1), date(2020, 3, 31), "financial_year", "2019-20", False),
]


@pytest.mark.parametrize("text,start,end,kind,canonical,partial", WHOLE)
def test_parse_period_whole_cells(text, start, end, kind, canonical, partial):
    p = parse_period(text)
    assert p is not None, text
    assert (p.first, p.last, p.kind, p.canonical, p.partial) == (start, end, kind, canonical, partial)
    assert as_written(text, p)
    assert p.kind in KINDS


@pytest.mark.parametrize(
    "text",
    ["", "laptops", "2018-20", "2019-18", "5 October 2021", "29/09/2021", "84", "Section 31", "13/2020",
     "2018-19 and 2019-20", "N/A"],
)
def test_parse_period_rejects(text):
    assert parse_period(text) is None


IN_PROSE = [
    ("2018-19:\n\nTablets - 84\n\nLaptops - 232", ["2018-19"]),
    ("over the last 3 years (September 2021, September 2020, September 2019)", ["2021-09", "2020-09", "2019-09"]),
    ("In 2020 we bought 84 laptops; during 2019/20 more. Figures for FY 20/21:", ["2020", "2019-20", "2020-21"]),
    ("Device\t2018/19\t2019/20\t2020/21\nLaptops\t232\t426\t617", ["2018-19", "2019-20", "2020-21"]),
    ("Year\tLaptops\n2019\t232\n2020\t426", ["2019", "2020"]),
    ("This is exempt under the Freedom of Information Act 2000.", []),
    ("Received on 5 October 2021 and answered on 29/10/2021.", []),
    ("Young people aged 18-19 years", []),
    ("Our ref: FOI/21/0456", []),
    ("We bought 10-11 laptops a month.", []),
    ("The figures for the year ending 31 March 2021 are below.", ["2020-21"]),
    ("Between April 2019 and March 2020 we bought 426 laptops.", ["2019-20"]),
    ("2021-22 (to date): 150 laptops", ["2021-22"]),
    ("Covid-19 changed everything in 2020.", ["2020"]),
    ("Data for 2019/20 to 2021/22 is attached.", ["2019-04-01/2022-03-31"]),
    ("Costs (Apr 19 - Mar 20): £831.51", ["2019-20"]),
    ("Telephone 020 8359 2000", []),
    ("We may 2020 review", []),
    ("2019 - 150\n2020 - 1200\n2021 - 340", ["2019", "2020", "2021"]),
    ("2019: 310   2020: 1,420   2021 (to date): 215", ["2019", "2020", "2021"]),
    ("2019 - 2020 was a hard year", ["2019-20"]),
    ("Meeting 2020: 14:30", ["2020"]),
]


@pytest.mark.parametrize("text,expected", IN_PROSE)
def test_find_periods_in_council_prose(text, expected):
    found = find_periods(text)
    assert [p.canonical for p in found] == expected
    for p in found:
        assert as_written(text, p)


def test_partial_flag_in_prose():
    (p,) = find_periods("2021-22 (to date): 150 laptops")
    assert p.partial and p.label == "2021-22 (to date)"


FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.text())
def test_never_raises_and_offsets_hold(text):
    for p in find_periods(text):
        assert as_written(text, p) and p.first <= p.last
    p = parse_period(text)
    if p is not None:
        assert as_written(text, p)


@FAST
@given(st.text(alphabet="0123456789 -/–FYApril Mar to date()\n\t:", max_size=60))
def test_period_shaped_junk_never_raises(text):
    for p in find_periods(text):
        assert as_written(text, p)
    parse_period(text)


def _fy_spellings(y: int) -> list[str]:
    n = y + 1
    s2, n2 = f"{y % 100:02d}", f"{n % 100:02d}"
    return [
        f"{y}-{n2}", f"{y}/{n2}", f"{y}/{n}", f"{y}-{n}", f"{y} - {n2}", f"{y}–{n2}", f"{s2}/{n2}",
        f"FY {y}-{n}", f"FY{s2}/{n2}", f"FY {s2}-{n2}", f"financial year {y}/{n2}", f"Financial Year {y}-{n}",
        f"year ending 31 March {n}", f"April {y} to March {n}", f"1 April {y} - 31 March {n}",
        f"01/04/{y} - 31/03/{n}", f"Apr {s2} - Mar {n2}", f"1st April {y} to 31st March {n}",
        f"{y}/{n2} (to date)",
    ]


@FAST
@given(st.integers(min_value=1990, max_value=2048), st.data())
def test_any_spelling_of_a_financial_year_means_the_same_dates(y, data):
    spelling = data.draw(st.sampled_from(_fy_spellings(y)))
    p = parse_period(spelling)
    assert p is not None, spelling
    assert (p.first, p.last) == (date(y, 4, 1), date(y + 1, 3, 31)), spelling
    assert p.canonical == f"{y}-{(y + 1) % 100:02d}"
    # and in a sentence
    found = find_periods(f"Figures for {spelling}: 84 laptops.")
    assert [(q.first, q.last) for q in found] == [(date(y, 4, 1), date(y + 1, 3, 31))], spelling


@FAST
@given(st.integers(min_value=1990, max_value=2048), st.integers(min_value=1, max_value=12),
       st.sampled_from(["full", "abbr", "dash2", "iso", "slash"]))
def test_month_spellings(y, m, style):
    import calendar

    full = calendar.month_name[m]
    abbr = calendar.month_abbr[m]
    written = {"full": f"{full} {y}", "abbr": f"{abbr} {y}", "dash2": f"{abbr}-{y % 100:02d}",
               "iso": f"{y}-{m:02d}", "slash": f"{m:02d}/{y}"}[style]
    p = parse_period(written)
    if style == "iso" and m == (y + 1) % 100:
        return  # "2011-12" is the financial year 2011-12, not December 2011
    assert p is not None and p.kind == "month" and p.canonical == f"{y}-{m:02d}", written


@pytest.mark.parametrize("junk", ["2018-19 " * 15_000, "April 2020 to " * 8_000, "1 April " * 15_000,
                                  "in 2020 " * 15_000, "FY" * 50_000, "-" * 100_000, "20" * 50_000,
                                  "\t2019" * 20_000, "Sep-20 " * 15_000])
def test_bounded_time_on_long_junk(junk):
    t0 = time.perf_counter()
    find_periods(junk)
    parse_period(junk)
    assert time.perf_counter() - t0 < 5


@pytest.mark.parametrize("text,first", [("2049-50", 2049), ("2049/50", 2049), ("1999/00", 1999), ("2099-00", 2099),
                                         ("Apr 49 - Mar 50", 2049)])
def test_second_year_is_read_next_to_the_first(text, first):
    p = parse_period(text)
    assert p is not None and (p.first, p.last) == (date(first, 4, 1), date(first + 1, 3, 31))


@pytest.mark.parametrize("junk", ["\t" * 60_000, " \t" * 30_000, "\u00a0" * 60_000, "\r\n" * 30_000])
def test_whitespace_runs_in_linear_time(junk):
    t0 = time.perf_counter()
    find_periods(junk)
    assert time.perf_counter() - t0 < 0.5


@pytest.mark.parametrize("text,start,end", [
    ("Q1 2020/21", date(2020, 4, 1), date(2020, 6, 30)),
    ("Q4 2020-21", date(2021, 1, 1), date(2021, 3, 31)),
    ("Q3 2020", date(2020, 7, 1), date(2020, 9, 30)),
    ("FYE 2021", date(2020, 4, 1), date(2021, 3, 31)),
    ("financial year ending March 2021", date(2020, 4, 1), date(2021, 3, 31)),
])
def test_quarters_and_year_ends(text, start, end):
    p = parse_period(text)
    assert p is not None and (p.first, p.last) == (start, end)


def test_lists_of_calendar_years():
    text = "Figures for the calendar years 2019, 2020 and 2021 are below; in 2017 & 2018 too."
    assert [p.canonical for p in find_periods(text)] == ["2019", "2020", "2021", "2017", "2018"]


@pytest.mark.parametrize("text, start, end, kind, partial", [
    ("2009-10 (Apr-Dec)", date(2009, 4, 1), date(2009, 12, 31), "range", True),
    ("2009-10 (Jan-Feb)", date(2010, 1, 1), date(2010, 2, 28), "range", True),   # the months after New Year
    ("2019/20 (April to September)", date(2019, 4, 1), date(2019, 9, 30), "range", True),
    ("2010-11 (Apr-Mar)", date(2010, 4, 1), date(2011, 3, 31), "financial_year", False),  # the whole year
])
def test_a_year_with_its_months_in_brackets_is_those_months(text, start, end, kind, partial):
    (p,) = find_periods(f"Bills {text} O2 £9,500")
    assert (p.label, p.first, p.last, p.kind, p.partial) == (text, start, end, kind, partial)


def test_months_outside_the_year_leave_the_year_whole():
    # in the financial year 2019-20 March comes after April, so "(Mar-Apr)" would run backwards: not a part year
    (p,) = find_periods("2019-20 (Mar-Apr) 45")
    assert (p.label, p.first, p.last) == ("2019-20", date(2019, 4, 1), date(2020, 3, 31))


# --- the one period reader: what the reply reader needs (the cases scan.py used to read on its own) -------------

@pytest.mark.parametrize("text, expected", [
    ("2013 92 577", ["2013"]),                              # a year labelling a row of figures
    ("2019 £66,937, 2020 £192,573", ["2019", "2020"]),
    ("Tablets 65 (2019)", ["2019"]),                        # a year in brackets after its figure
    ("18/19 14,620", ["2018-19"]),                          # two-digit years leading a line, a figure after them
    ("£637,157 in 14/15.", ["2014-15"]),
    ("Financial Year (FY) 22/23: 22 chargepoints", ["2022-23"]),
    ("FY21: 450", ["2020-21"]),                             # "FY21" is the year ending March 2021
    ("In the year to September 2020 we bought 40", ["2019-10-01/2020-09-30"]),
    ("As at 30 September 2023: 11", []),                    # a date, not the calendar year
    ("Freedom of Information Act 2000: your request", []),
    ("goodbye 2020: 5", ["2020"]),                          # "ye" inside a word is not "year ending"
    ("Over 2000 incidents were reported", []),              # a count, not a year
    ("Device\tApril 2018 to March 2019\tApril 2019 to March 2020", ["2018-19", "2019-20"]),
    ("2019 - 20%, 15%, 45%", ["2019"]),                     # a year and a percentage, not 2019-20
])
def test_periods_a_reply_labels_its_figures_with(text, expected):
    assert [p.canonical for p in find_periods(text, prose_months=False)] == expected


def test_a_range_from_a_year_to_date_is_not_part_of_that_year():
    # "since 2019 to date" runs from 2019 on; "2021 (to date)" is 2021 so far
    assert find_periods("8 hotels have been used since 2019 to date", prose_months=False) == []
    (p,) = find_periods("2021 (to date): 215")
    assert p.partial and p.label == "2021 (to date)"


def test_a_year_with_the_day_it_runs_to_in_brackets():
    (p,) = find_periods("2021 (to 30 September) - 120")
    assert (p.first, p.last, p.partial, p.label) == (date(2021, 1, 1), date(2021, 9, 30), True,
                                                     "2021 (to 30 September)")


def test_a_month_in_a_sentence_is_a_period_of_a_request_not_of_a_reply():
    text = "The Council purchased 1,500 licences in March 2020 at a cost of £28.50 each."
    assert [p.canonical for p in find_periods(text)] == ["2020-03"]
    assert find_periods(text, prose_months=False) == []
    # ...unless it labels a figure, heads a line, or is one of a list of months
    assert [p.canonical for p in find_periods("March 2020: 45\nApril 2020 - £1,200", prose_months=False)] == \
        ["2020-03", "2020-04"]
    listed = "broken down by year (September 2021, September 2020, September 2019)"
    assert len(find_periods(listed, prose_months=False)) == 3


def test_labels_leave_out_the_words_that_introduce_a_period():
    text = "In the financial year 2019/20 we bought 426; from 1 November 2020 to 29 November 2021 none; June  2020: 12"
    assert [p.label for p in find_periods(text)] == ["2019/20", "1 November 2020 to 29 November 2021", "June 2020"]
    (p,) = find_periods("between 1 January 2023 and 31st December 2023")
    assert p.label == "between 1 January 2023 and 31st December 2023" and p.kind == "calendar_year"


def test_a_cell_alone_and_what_follows_it():
    # a month alone heading a column is the year to it, as a request "by year (September 2021, ...)" is answered
    p = period_of_cell("September 2020", 10)
    assert (p.kind, p.first, p.last, p.start, p.end) == ("year_to", date(2019, 10, 1), date(2020, 9, 30), 10, 24)
    p = period_of_cell("Year: 2019", 0)
    assert (p.label, p.start, p.end) == ("2019", 6, 10)
    text = "2021 (to date)\t84"
    q = mark_partial(text, period_of_cell("2021", 0), len(text))
    assert q.partial and q.label == "2021 (to date)" and q.end == 14
    assert period_of_cell("Laptops", 0) is None


def test_a_period_found_in_a_piece_is_moved_to_where_the_piece_stands():
    (p,) = find_periods("2019/20: 5")
    q = p.shifted(100)
    assert (q.start, q.end, q.label, q.first) == (100, 107, "2019/20", p.first)
