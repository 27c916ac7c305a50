"""The run of like lines around one line (reader/facts/line_runs.py), which the row-block filters share."""

from reader.facts import category_rows, sibling_rows
from reader.facts.line_runs import line_run

LIST = ("1. 2024/25\nData Protection requests = 45\nFreedom of Information (FOI) requests = 730\n"
        "Subject Access requests (SAR) = 76\n\nThank you.")
TABLE = ("Complaints N/A* 11 13\nMP Enquiries N/A* 0 0\nWorks Orders 70 71 72\nAll years 1 2 3 4\nTotal 70 82 95")


def test_a_run_is_the_like_lines_around_one_and_stops_where_they_stop():
    at = LIST.index("730")
    got = [label for _, _, label in line_run(LIST, at, sibling_rows._row)]
    assert got == ["Data Protection requests", "Freedom of Information (FOI) requests", "Subject Access requests (SAR)"]
    assert line_run(LIST, LIST.index("2024"), sibling_rows._row) == []     # "1. 2024/25" is no row


def test_a_run_keeps_to_rows_of_the_first_ones_kind():
    # (a table's rows have as many cells: the four-cell line ends the run of three-cell rows)
    got = [label for _, _, label in line_run(TABLE, TABLE.index("70 71 72"), category_rows._row)]
    assert got == ["Complaints", "MP Enquiries", "Works Orders"]
    spans = line_run(TABLE, 0, category_rows._row)
    assert all(TABLE[a:b].startswith(lb) for a, b, lb in spans)
