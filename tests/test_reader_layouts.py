"""The fact reader's layout readers (reader/facts/), one test or more each, on short replies written in councils'
English: a wide table, a long table of period × item rows, a single-spaced header of subjects, a header a PDF
wrapped into fragments, a list under period headings, prose, a Q&A template, a letter's numbered answers, and a
dated purchase list summed once the whole reply is read. Each test asserts every figure read, so a figure lost,
misplaced or extra fails it."""

from __future__ import annotations

import pytest

from reader import load_survey
from reader.facts import Fact, FactReader, measure_of, read_facts
from reader.facts.model import _Context

SURVEY = load_survey("remote-working-2021")


def figures(text: str) -> dict[tuple[str, str | None, str], float]:
    """{(subject, period, measure): value} of every figure read, each quote where the reply has it."""
    facts, _, _ = read_facts(text, SURVEY)
    out: dict[tuple[str, str | None, str], float] = {}
    for f in facts:
        assert isinstance(f, Fact)
        assert text[f.start:f.end] == f.quote
        key = (f.subject, f.period, f.measure)
        assert key not in out, f"two figures for {key}"
        out[key] = f.value
    return out


def line_of(reader: FactReader, n: int):
    """The model of the reply's n-th line (0-based), as the layout readers see it."""
    return [line for line, _, _, _ in reader.reply_lines.lines()][n]


# -- the model of a reply ---------------------------------------------------------------------------------------

def test_a_line_of_the_model_holds_its_cells_subjects_periods_and_figures():
    text = "Laptops | 2019/20 | 120\n1a) Tablets: 15\n"
    reader = FactReader(text, SURVEY, [])
    row = line_of(reader, 0)
    assert [text[a:b] for a, b in row.cells] == ["Laptops", "2019/20", "120"]
    assert [k for _, _, k in row.subjects] == ["laptops"]
    assert [p.label for p in row.periods] == ["2019/20"]
    assert [v.value for v in row.values] == [120]
    item = line_of(reader, 1)
    assert item.cells is None and item.marker == ("1", "a")
    assert [v.value for v in item.values] == [15]   # the question's number is not a figure


def test_measure_words():
    assert measure_of("Number of laptops purchased") == "count"
    assert measure_of("Average cost per device (£)") == "unit_cost_gbp"
    assert measure_of("Total spend") == "total_cost_gbp"
    assert measure_of("Grand total") == "sum"
    assert measure_of("Comments") is None


# -- tables -----------------------------------------------------------------------------------------------------

def test_wide_table_one_column_per_period():
    assert figures("Device | 2019/20 | 2020/21\nLaptops | 120 | 340\nTablets | 15 | 0\n") == {
        ("laptops", "2019/20", "count"): 120, ("laptops", "2020/21", "count"): 340,
        ("tablets", "2019/20", "count"): 15, ("tablets", "2020/21", "count"): 0}


def test_long_table_one_row_per_period_and_item():
    text = ("Year | Device | Number purchased | Total cost\n"
            "2019/20 | Laptops | 120 | £78,000\n"
            "2019/20 | Tablets | 15 | £4,500\n"
            "2020/21 | Laptops | 340 | £221,000\n")
    assert figures(text) == {
        ("laptops", "2019/20", "count"): 120, ("laptops", "2019/20", "total_cost_gbp"): 78000,
        ("tablets", "2019/20", "count"): 15, ("tablets", "2019/20", "total_cost_gbp"): 4500,
        ("laptops", "2020/21", "count"): 340, ("laptops", "2020/21", "total_cost_gbp"): 221000}


def test_single_spaced_header_of_subjects_sets_the_columns_of_the_rows_under_it():
    text = "Year Laptops Tablets\n2019/20 14 6\n2020/21 30 Nil\n"
    reader = FactReader(text, SURVEY, [])
    ctx = _Context()
    assert reader.headers.subject_header(line_of(reader, 0), ctx)
    assert [c.subject for c in ctx.columns] == ["laptops", "tablets"] and ctx.columns_tabular
    assert figures(text) == {
        ("laptops", "2019/20", "count"): 14, ("tablets", "2019/20", "count"): 6,
        ("laptops", "2020/21", "count"): 30, ("tablets", "2020/21", "count"): 0}


def test_header_wrapped_by_a_pdf_into_fragments_heads_the_row_after_it():
    text = "Device\nNumber\npurchased\n2019/20\nNumber\npurchased\n2020/21\nLaptops | 120 | 860\n"
    assert figures(text) == {("laptops", "2019/20", "count"): 120, ("laptops", "2020/21", "count"): 860}


# -- lists and prose --------------------------------------------------------------------------------------------

def test_list_lines_under_period_headings():
    text = "2019/20:\nLaptops - 232\nTablets - 14\n\n2020/21:\nLaptops - 310\nTablets - 20\n"
    assert figures(text) == {
        ("laptops", "2019/20", "count"): 232, ("tablets", "2019/20", "count"): 14,
        ("laptops", "2020/21", "count"): 310, ("tablets", "2020/21", "count"): 20}


def test_prose_binds_each_figure_to_its_sentence_subject_period_and_measure():
    text = ("In 2019/20 the council purchased 150 laptops at an average cost of £650 each. In 2020/21 it bought "
            "40 tablets, spending £12,000 in total.\n")
    assert figures(text) == {
        ("laptops", "2019/20", "count"): 150, ("laptops", "2019/20", "unit_cost_gbp"): 650,
        ("tablets", "2020/21", "count"): 40, ("tablets", "2020/21", "total_cost_gbp"): 12000}


# -- question by question ---------------------------------------------------------------------------------------

def test_qa_template_answer_is_its_question_s():
    text = "Q2a. Number of Zoom accounts created\nA: 45 accounts were created in 2020/21.\n"
    facts, anchors, _ = read_facts(text, SURVEY)
    assert anchors == [(0, "2a", "marker")]
    assert [(f.subject, f.period, f.measure, f.value, f.question) for f in facts] == [
        ("zoom_accounts", "2020/21", "count", 45, "2a")]


def test_letter_with_numbered_answers():
    text = ("Dear Ms Smith,\n\nThank you for your request. Our response is below.\n\n"
            "1a) Laptops: 2019/20 - 300; 2020/21 - 1,100\n2a) Zoom accounts: none\n\n"
            "Yours sincerely,\nInformation Governance Team\n")
    facts, anchors, _ = read_facts(text, SURVEY)
    assert [qid for _, qid, _ in anchors] == ["1a", "2a"]
    assert {(f.subject, f.period, f.measure, f.question): f.value for f in facts} == {
        ("laptops", "2019/20", "count", "1a"): 300, ("laptops", "2020/21", "count", "1a"): 1100,
        ("zoom_accounts", None, "count", "2a"): 0}


# -- the whole reply --------------------------------------------------------------------------------------------

def test_dated_purchase_list_is_summed_per_item_and_asked_period():
    text = ("Date | Item | Quantity | Unit price | Total\n"
            "2019-05-12 | Laptop - Dell Latitude 5400 | 40 | £712.50 | £28,500\n"
            "2019-09-02 | Laptop - Dell Latitude 5400 | 10 | £712.50 | £7,125\n")
    assert figures(text) == {
        ("laptops", "2019-20", "count"): 50, ("laptops", "2019-20", "total_cost_gbp"): 35625,
        ("laptops", "2019-20", "unit_cost_gbp"): pytest.approx(712.5)}
