"""Tables in reply text: reader/tables.py."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.tables import cells_with_headers, find_tables, label_values


def grid(table):
    return [[c.text for c in row] for row in table.rows]


def triples(table):
    return [(r and r.text, c and c.text, cell.text) for r, c, cell in cells_with_headers(table)]


def assert_offsets(text, tables):
    for t in tables:
        for row in t.rows:
            for c in row:
                assert text[c.start:c.end] == c.text
        if t.title is not None:
            assert text[t.title.start:t.title.end] == t.title.text
        assert 0 <= t.start <= t.end <= len(text)


SPREADSHEET = (
    "[Sheet: Devices]\n"
    "Device\t2018/19\t2019/20\t2020/21\n"
    "Laptops\t232\t426\t617\n"
    "Tablets\t84\t87\t29\n"
    "Mobile phones\t288\t601\t402\n"
    "\n"
    "[Sheet: Unit costs]\n"
    "Financial year\tLaptop\tTablet\tPhone\n"
    "2018/19\t£812.00\t£1,100.00\t\n"
    "2019/20\t£831.51\t£1,141.15\t£203.34\n"
)


def test_spreadsheet_sheets_become_tab_tables():
    tables = find_tables(SPREADSHEET)
    assert [t.kind for t in tables] == ["tab", "tab"]
    assert [t.sheet for t in tables] == ["Devices", "Unit costs"]
    assert grid(tables[0])[1] == ["Laptops", "232", "426", "617"]
    assert grid(tables[1])[1] == ["2018/19", "£812.00", "£1,100.00", ""]
    assert_offsets(SPREADSHEET, tables)


def test_periods_across_the_top():
    t = find_tables(SPREADSHEET)[0]
    assert [c.text for c in t.header()] == ["Device", "2018/19", "2019/20", "2020/21"]
    assert ("Tablets", "2019/20", "87") in triples(t)
    assert len(triples(t)) == 9


def test_periods_down_the_side():
    t = find_tables(SPREADSHEET)[1]
    got = triples(t)
    assert ("2019/20", "Phone", "£203.34") in got
    assert ("2018/19", "Tablet", "£1,100.00") in got
    assert len(got) == 5  # the empty cell is skipped


def test_as_records():
    t = find_tables(SPREADSHEET)[0]
    assert t.as_records()[0] == {"Device": "Laptops", "2018/19": "232", "2019/20": "426", "2020/21": "617"}


def test_table_without_header_row():
    text = "Laptops\t232\nTablets\t84\n"
    (t,) = find_tables(text)
    assert t.header() is None
    assert triples(t) == [("Laptops", None, "232"), ("Tablets", None, "84")]
    assert t.as_records() == [{"column_1": "Laptops", "column_2": "232"}, {"column_1": "Tablets", "column_2": "84"}]
    assert [(a.text, b.text) for a, b in label_values(text)] == [("Laptops", "232"), ("Tablets", "84")]


def test_tab_table_title_line_and_one_cell_rows():
    text = "Devices purchased\nDevice\tNumber\nLaptops\t232\nTotal\n\nNext paragraph."
    (t,) = find_tables(text)
    assert t.title.text == "Devices purchased"
    assert grid(t) == [["Device", "Number"], ["Laptops", "232"], ["Total"]]


def test_crlf_line_endings():
    text = "Device\tNumber\r\nLaptops\t232\r\n"
    (t,) = find_tables(text)
    assert grid(t) == [["Device", "Number"], ["Laptops", "232"]]
    assert_offsets(text, [t])


MARKDOWN = """Please see below.

| Device | 2019/20 | 2020/21 |
|--------|:-------:|--------:|
| Laptops | 426 | 617 |
| Tablets | 87 | 29 |

Regards"""


def test_markdown_pipe_table():
    (t,) = find_tables(MARKDOWN)
    assert t.kind == "pipe"
    assert grid(t) == [["Device", "2019/20", "2020/21"], ["Laptops", "426", "617"], ["Tablets", "87", "29"]]
    assert ("Laptops", "2020/21", "617") in triples(t)
    assert_offsets(MARKDOWN, [t])


BOXED = """+---------------+---------+
| Product       | Accounts|
+===============+=========+
| Zoom          | 0       |
| Office 365    | c. 300  |
+---------------+---------+"""


def test_boxed_pipe_table():
    (t,) = find_tables(BOXED)
    assert t.kind == "pipe"
    assert grid(t) == [["Product", "Accounts"], ["Zoom", "0"], ["Office 365", "c. 300"]]
    assert t.start == 0 and t.end == len(BOXED)


def test_separator_with_plus_between_columns():
    text = "Device | Number\n-------+-------\nLaptops | 232\nTablets | 84"
    (t,) = find_tables(text)
    assert grid(t) == [["Device", "Number"], ["Laptops", "232"], ["Tablets", "84"]]


PDF_TEXT = """The information is below.
Device              2018/19      2019/20      2020/21
Laptops                 232          426          617
Tablets                  84           87
Mobile Phones           288          601        1,402
Please note the figures are estimates."""


def test_space_aligned_pdf_columns():
    (t,) = find_tables(PDF_TEXT)
    assert t.kind == "aligned"
    assert grid(t)[0] == ["Device", "2018/19", "2019/20", "2020/21"]
    assert grid(t)[2] == ["Tablets", "84", "87", ""]
    assert grid(t)[3] == ["Mobile Phones", "288", "601", "1,402"]
    assert ("Mobile Phones", "2020/21", "1,402") in triples(t)
    assert_offsets(PDF_TEXT, [t])


def test_prose_with_double_spaces_is_not_a_table():
    text = "We hold the information.  It is attached.\nPlease contact us if  you need more help today."
    assert find_tables(text) == []


LABEL_LIST = """1. Devices bought

2019-20:

Laptops - 426

Tablets – 87

Mobile phones: 601

Thank you for your request."""


def test_label_value_list_with_blank_lines_and_a_title():
    tables = find_tables(LABEL_LIST)
    lv = [t for t in tables if t.kind == "label_value"]
    assert len(lv) == 1
    (t,) = lv
    assert grid(t) == [["Laptops", "426"], ["Tablets", "87"], ["Mobile phones", "601"]]
    assert t.title.text == "2019-20:"
    assert triples(t) == [("Laptops", "2019-20:", "426"), ("Tablets", "2019-20:", "87"),
                          ("Mobile phones", "2019-20:", "601")]
    assert t.as_records()[0] == {"label": "Laptops", "value": "426"}
    assert_offsets(LABEL_LIST, tables)


def test_label_then_figure_without_separator():
    text = "Unit costs:\n\nLaptops £831.51\nTablets £1,141.15\nMobiles £203.34\n"
    (t,) = find_tables(text)
    assert grid(t) == [["Laptops", "£831.51"], ["Tablets", "£1,141.15"], ["Mobiles", "£203.34"]]
    assert t.title.text == "Unit costs:"


def test_single_label_figure_line_is_prose():
    assert find_tables("We bought 84") == []
    assert find_tables("This is covered by Section 31\nand also Section 40") == []


def test_answers_to_lettered_questions():
    text = ("a) Number of Zoom accounts - None, Zoom is not used\n"
            "b) Number of Office 365 accounts - approximately 2,400\n")
    (t,) = find_tables(text)
    assert [r[1].text for r in t.rows] == ["None, Zoom is not used", "approximately 2,400"]


def test_urls_and_times_are_not_labels():
    assert find_tables("See https://www.example.gov.uk/foi for details") == []
    assert find_tables("The meeting is at 14:30") == []


def test_bullet_markers_are_not_part_of_the_label():
    text = "* Laptops: 232\n* Tablets: 84"
    (t,) = find_tables(text)
    assert [r[0].text for r in t.rows] == ["Laptops", "Tablets"]


def test_several_kinds_in_one_reply_in_order():
    text = "Intro line.\n\nLaptops: 232\nTablets: 84\n\n" + MARKDOWN + "\n\n" + "A\tB\n1\t2\n"
    kinds = [t.kind for t in find_tables(text)]
    assert kinds == ["label_value", "pipe", "tab"]
    starts = [t.start for t in find_tables(text)]
    assert starts == sorted(starts)


# --- properties --------------------------------------------------------------------------------------------

FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
cell_text = st.from_regex(r"[a-z0-9£,.\-]{1,6}( [a-z0-9£,.\-]{1,5})?", fullmatch=True)


@st.composite
def grids(draw, min_rows=1):
    width = draw(st.integers(min_value=2, max_value=4))
    height = draw(st.integers(min_value=min_rows, max_value=6))
    return [[draw(cell_text) for _ in range(width)] for _ in range(height)]


@FAST
@given(st.text())
def test_never_raises_and_offsets_hold(text):
    tables = find_tables(text)
    assert_offsets(text, tables)
    for t in tables:
        t.header()
        t.as_records()
        for r, c, cell in cells_with_headers(t):
            assert text[cell.start:cell.end] == cell.text
    label_values(text)


@FAST
@given(st.text(alphabet="ab1 \t|-+:\n£=", max_size=80))
def test_table_shaped_junk_never_raises(text):
    assert_offsets(text, find_tables(text))


@FAST
@given(grids())
def test_tab_grid_round_trip(rows):
    text = "\n".join("\t".join(r) for r in rows)
    (t,) = find_tables(text)
    assert t.kind == "tab" and grid(t) == rows


@FAST
@given(grids(min_rows=2))
def test_pipe_grid_round_trip(rows):
    text = "\n".join("| " + " | ".join(r) + " |" for r in rows)
    (t,) = find_tables(text)
    assert t.kind == "pipe" and grid(t) == rows


@FAST
@given(grids(min_rows=2))
def test_aligned_grid_round_trip(rows):
    widths = [max(len(r[i]) for r in rows) + 3 for i in range(len(rows[0]))]
    text = "\n".join("".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)
    (t,) = find_tables(text)
    assert t.kind == "aligned" and grid(t) == rows


@pytest.mark.parametrize("junk", ["a\tb\n" * 10_000, "| a | b |\n" * 10_000, "a   b   c\n" * 8_000,
                                  "Laptops - 84\n\n" * 6_000, "x" * 200_000, "\n" * 100_000,
                                  "a:" * 50_000, "-" * 200_000, "|" * 100_000])
def test_bounded_time_on_long_junk(junk):
    t0 = time.perf_counter()
    tables = find_tables(junk)
    for t in tables[:50]:
        cells_with_headers(t)
    assert time.perf_counter() - t0 < 8


def test_empty_corner_cell_header():
    text = "\t2019/20\t2020/21\nLaptops\t426\t617\nTotal\t513\t646"
    (t,) = find_tables(text)
    assert triples(t)[:2] == [("Laptops", "2019/20", "426"), ("Laptops", "2020/21", "617")]
    assert ("Total", "2020/21", "646") in triples(t)


def test_quoted_email_lines_and_dot_leaders():
    (t,) = find_tables("> Laptops: 232\n> Tablets: 84")
    assert grid(t) == [["Laptops", "232"], ["Tablets", "84"]]
    (t,) = find_tables("Laptops ........ 232\nTablets ........ 84")
    assert grid(t) == [["Laptops", "232"], ["Tablets", "84"]]


def test_periods_as_labels():
    text = "Q1. Laptops purchased in each financial year:\n2018/19 – 1,204\n2019/20 – 987\n2020/21 – 2,315"
    (t,) = find_tables(text)
    assert t.kind == "label_value"
    assert grid(t) == [["2018/19", "1,204"], ["2019/20", "987"], ["2020/21", "2,315"]]
    assert t.title.text == "Q1. Laptops purchased in each financial year:"


def test_question_heading_becomes_the_title():
    text = "1) How many laptops has the council bought?\n2019 - 150\n2020 - 1200"
    (t,) = find_tables(text)
    assert t.title.text == "1) How many laptops has the council bought?"
    assert triples(t)[0] == ("2019", "1) How many laptops has the council bought?", "150")
