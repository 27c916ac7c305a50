"""Fuzzing what the other test files do not: money, periods, tables, exemptions, the text scanner, the survey
and override readers, redaction and quote finding, timestamps, and the disclosure-log parsers. Arbitrary
input must give a result or the one documented exception, keep its offsets honest, and take bounded time.
(Already fuzzed elsewhere: numbers in test_parsers_numbers.py, parse_reply in test_extract_properties.py,
documents in test_documents_hostile.py, WhatDoTheyKnow pages and JSON in test_spider_parsing.py.)"""

from __future__ import annotations

import json
import math
import time
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawlers.disclosure import datasets, fields, html_pages
from crawlers.parsing import ParseError
from reader.classify import outcome_in_label
from documents.mail_text import quoted_spans, redact
from crawlers.parsing.timestamps import parse_since, parse_timestamp
from reader import scan
from reader.classify import find_exemptions, find_ncnd, find_not_held, find_pit, sentences, tidy_codes
from reader.money import find_money, parse_money
from reader.periods import find_periods, mark_partial, parse_period, period_of_cell
from reader.survey import SurveyError, parse_survey
from reader.tables import cells_with_headers, find_tables, label_values

FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BASE = "http://127.0.0.1:9"

# Text that looks like a council's reply, so the parsers get past their first checks.
WORDS = ["£", "£1,141.15", "£ 650", "GBP 300", "650.00", "each", "per unit", "inc VAT", "ex. VAT", "total", "c.",
         "circa", "1,234", "232", "0", "nil", "N/A", "2019/20", "2019-20", "FY 2019-2020", "April 2020 to March 2021",
         "September 2020", "Oct 2019 - Sep 2020", "2021 (to date)", "31/03/2021", "1 April 2020", "AY2019-20",
         "Laptops", "Tablets", "Mobile phones", "Zoom", "Office 365", "section 31(3)", "s.43(2)", "s12", "S40 (2)",
         "Section 21 of the FOIA", "regulation 12(4)(b)", "reg. 13", "FOISA s35(1)(a)", "neither confirm nor deny",
         "public interest test", "not held", "we do not hold", "\t", "|", " | ", "\n", "\n\n", ":", " - ", "  ",
         "Year", "Device", "Number", "Cost", "(", ")", ".", ";", "1.", "a)", "Q2c", "-----", "> ", "\u00a0",
         "\u2013", "\u2014", "\u00bd", "\u0661\u0662", "\U0001d7d8", "\ufeff", "\r\n", "\x00"]
REPLYISH = st.lists(st.sampled_from(WORDS), max_size=50).map(" ".join)
TEXT = st.one_of(st.text(max_size=300), REPLYISH)


# --- money -----------------------------------------------------------------------------------------------------

@FUZZ
@given(TEXT)
def test_money_never_raises_and_offsets_hold(text):
    for m in find_money(text):
        assert text[m.start:m.end] == m.raw
        assert m.value is None or (math.isfinite(m.value) and m.value >= 0), m
        assert m.vat in (None, "inc", "ex") and m.per in (None, "unit", "total")
        if m.low is not None and m.high is not None:
            assert m.low <= m.high
    for assume in (False, True):
        m = parse_money(text, assume_currency=assume)
        if m is not None:
            assert text[m.start:m.end] == m.raw


@FUZZ
@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(["", ".50", ".05", ".99"]))
def test_money_round_trips(pounds, pence):
    m = parse_money(f"£{pounds:,}{pence}")
    assert m is not None and m.value == pytest.approx(pounds + float(pence or 0))


# --- periods ---------------------------------------------------------------------------------------------------

@FUZZ
@given(TEXT)
def test_periods_never_raise_and_offsets_hold(text):
    for p in find_periods(text):
        assert 0 <= p.start <= p.end <= len(text)
        assert isinstance(p.first, date) and isinstance(p.last, date) and p.first <= p.last, p
        assert p.kind in ("financial_year", "calendar_year", "month", "academic_year", "range"), p
    p = parse_period(text)
    if p is not None:
        assert p.first <= p.last and text[p.start:p.end] == p.label


@FUZZ
@given(st.integers(min_value=1990, max_value=2098))
def test_financial_years_round_trip(year):
    for written in (f"{year}-{(year + 1) % 100:02d}", f"{year}/{(year + 1) % 100:02d}", f"FY {year}-{year + 1}"):
        p = parse_period(written)
        assert p is not None and (p.first, p.last) == (date(year, 4, 1), date(year + 1, 3, 31)), written


def test_financial_years_after_2049():
    p = parse_period("2049-50")
    assert p is not None and (p.first, p.last) == (date(2049, 4, 1), date(2050, 3, 31))


# --- tables ----------------------------------------------------------------------------------------------------

TABLEISH = st.lists(st.lists(st.sampled_from(["Laptops", "2019-20", "426", "£650", "", "N/A", " ", "Total", "x|y"]),
                             max_size=6).map("\t".join), max_size=8).map("\n".join)


@FUZZ
@given(st.one_of(TEXT, TABLEISH, TABLEISH.map(lambda t: t.replace("\t", " | ")),
                 TABLEISH.map(lambda t: t.replace("\t", "    "))))
def test_tables_never_raise_and_cells_point_into_the_text(text):
    for table in find_tables(text):
        assert 0 <= table.start <= table.end <= len(text)
        assert table.kind in ("tab", "pipe", "aligned", "label_value")
        for row in table.rows:
            for cell in row:
                assert 0 <= cell.start <= cell.end <= len(text)
                assert text[cell.start:cell.end].strip() == cell.text.strip(), (cell, text[cell.start:cell.end])
        table.header()
        table.as_records()
        for row_label, col_label, cell in cells_with_headers(table):
            assert cell.text is not None
    for label, value in label_values(text):
        assert text[value.start:value.end].strip() == value.text.strip()


# --- exemptions and the classifier's finders -----------------------------------------------------------------

@FUZZ
@given(TEXT)
def test_exemption_finders_never_raise(text):
    spans = sentences(text)
    assert all(0 <= a <= b <= len(text) for a, b in spans)
    mentions, procedural = find_exemptions(text)
    for m in mentions:
        assert 0 <= m.start <= m.end <= len(text)
        assert m.code.startswith(("s", "reg")), m
    codes = tidy_codes([m.code for m in mentions] + list(procedural))
    assert codes == sorted(set(codes), key=codes.index)   # no duplicates
    for finder in (find_ncnd, find_pit, find_not_held):
        assert all(0 <= a <= b <= len(text) for a, b in finder(text))


EXEMPTION_SECTIONS = [21, 22, 23, 24, 26, 27, 28, 29, 30, 31, 33, 35, 36, 37, 38, 40, 41, 42, 43, 44]


@FUZZ
@given(st.sampled_from(EXEMPTION_SECTIONS), st.sampled_from(["", "(1)", "(2)", "(3)", "(1)(a)", "(2)(b)"]),
       st.sampled_from(["section {}", "s.{}", "s{}", "Section {} of the FOIA", "S {}"]))
def test_applied_exemptions_are_found_and_never_mangled(section, sub, form):
    cited = form.format(f"{section}{sub}")
    text = f"We are withholding this information under {cited} of the Freedom of Information Act 2000."
    mentions, _ = find_exemptions(text)
    codes = [m.code for m in mentions]
    assert codes and all(c.startswith(f"s{section}") for c in codes), (text, codes)
    for m in mentions:
        assert text[m.start:m.end].lower().replace(" ", "").replace(".", "").startswith(("s", "section")), m


# --- the scanner the extractor uses --------------------------------------------------------------------------

@FUZZ
@given(TEXT)
def test_scanner_never_raises(text):
    norm = scan.normalise(text)
    assert isinstance(norm, str)
    blocked = scan.never_spans(text)
    for v in scan.find_values(text, blocked):
        scan.is_year(v)
    p = period_of_cell(text[:40], 0)
    if p is not None:
        assert 0 <= p.start <= p.end <= 40 and p.first <= p.last, p
        assert mark_partial(text, p).end <= len(text)


# --- surveys: a hand-edited TOML file ------------------------------------------------------------------------

SURVEYISH = st.lists(st.sampled_from([
    'name = "x"', 'title = "T"', 'law = "foi"', 'law = 3', "[subjects.laptops]", 'synonyms = ["laptops?"]',
    'synonyms = ["("]', 'synonyms = [""]', "synonyms = 1", "[measures.count]", "[measures.bogus]", "cues = [1]",
    "[[questions]]", 'id = "1a"', 'subject = "laptops"', 'measure = "count"', 'subject = "nope"', "[periods]",
    'asked = [{label = "2019-20", start = "2019-04-01", end = "2020-03-31"}]', 'asked = [{label = 1}]',
    "[membership]", "batch_ids = [1]", 'title_patterns = ["["]', "text_patterns = 5", "= broken", "[[", "\x00",
]), max_size=25).map("\n".join)


@FUZZ
@given(st.one_of(SURVEYISH, st.text(max_size=200)))
def test_survey_files_raise_only_survey_error(text):
    try:
        parse_survey(text, "fuzz.toml")
    except SurveyError as exc:
        assert str(exc).startswith("fuzz.toml"), exc


# --- personal data and quoting in message text -----------------------------------------------------------------

CONTACTISH = st.lists(st.sampled_from([
    "jane@barnet.gov.uk", "a.b+c@x-y.co.uk", "@", "foo@", "01234 567890", "+44 20 7946 0000", "07700 900123",
    "(020) 7946 0000", "0044 7700 900 123", "Our ref: 7691884", "£1,234", "2019-20", "0303 123 1113", " ", "\n",
    "Mobile:", "Tel", "[email address]", "> quoted", "-----Original Message-----", "On 1 Oct 2021, Jo wrote:",
    "From: x\nSent: y", "text", "12", "\u00a0"]), max_size=30).map(" ".join)


@FUZZ
@given(st.one_of(CONTACTISH, st.text(max_size=300)))
def test_redaction_is_total_idempotent_and_leaves_no_address(text):
    out = redact(text)
    assert redact(out) == out
    assert "@barnet.gov.uk" not in out and "a.b+c@x-y.co.uk" not in out
    for phone in ("01234 567890", "+44 20 7946 0000", "07700 900123"):
        assert phone not in out


@pytest.mark.parametrize("phone", ["(020) 7946 0000", "(01234) 567890"])
def test_bracketed_area_codes_are_redacted(phone):
    assert phone not in redact(f"Call us on {phone} or write to us.")


@FUZZ
@given(st.one_of(CONTACTISH, st.text(max_size=300)))
def test_quoted_spans_are_sorted_disjoint_and_inside(text):
    spans = quoted_spans(text)
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text)
        last = end


# --- timestamps and arguments ------------------------------------------------------------------------------------

@FUZZ
@given(st.one_of(st.text(max_size=40), st.integers(), st.floats(), st.none(), st.lists(st.integers(), max_size=2),
                 st.sampled_from(["2021-10-05T14:02:11.000+01:00", "2021-10-05", "2021-13-45T99:99:99Z",
                                  "0000-00-00", "9999-12-31T23:59:59+23:59", "2021-10-05T14:02:11.000+25:00"])))
def test_timestamps_raise_only_parse_error(value):
    try:
        out = parse_timestamp(value)
    except ParseError:
        return
    assert out is None or (isinstance(out, datetime) and out.tzinfo is not None)


@FUZZ
@given(st.one_of(st.text(max_size=30), st.none(), st.dates().map(str)))
def test_since_raises_only_parse_error_that_says_how(value):
    try:
        out = parse_since(value)
    except ParseError as exc:
        assert "YYYY-MM-DD" in str(exc)
        return
    assert out is None or isinstance(out, date)


# --- disclosure-log parsers ----------------------------------------------------------------------------------------

HTMLISH = st.lists(st.sampled_from([
    "<html>", "<body>", "<main>", "<h1>FOI 4412</h1>", "<h2>Parking fines</h2>", "<table>", "<tr>", "<td>",
    "Reference:", "Date received: 5 January 2021", "Date of response:", "31/02/2021", "<a href='/foi/1'>",
    "<a href='x.pdf'>", "<a href='https://elsewhere.example/x.pdf'>", "<a href='javascript:alert(1)'>", "</a>",
    "<dl><dt>Status</dt><dd>Refused</dd></dl>", "<p>", "section 31(1)(a)", "<script>x</script>", "&amp;", "&#0;",
    "\x00", "</body>", "<![CDATA[", "<!--", "<?xml version='1.0'?>", "<h3>Response</h3>", "Outcome: withheld"]),
    max_size=40).map("".join)


@FUZZ
@given(st.one_of(HTMLISH, st.text(max_size=300), st.binary(max_size=200)))
def test_disclosure_html_parsers_raise_only_parse_error(page):
    for parse in (html_pages.parse_directory_listing, html_pages.parse_request_page,
                  html_pages.parse_document_listing):
        try:
            parse(page, BASE + "/foi/")
        except ParseError:
            pass


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["reference", "title", "date_received", "date_responded", "outcome", "exemptions",
                         "documents", "url", "message", "error", "request", "response"]), children, max_size=6),
    max_leaves=20)


@FUZZ
@given(data=JSONISH, raw=st.text(max_size=200))
def test_disclosure_dataset_parsers_raise_only_parse_error(data, raw):
    for body in (json.dumps(data), raw):
        try:
            datasets.parse_socrata_page(body, BASE + "/resource/x.json", 0, 100)
        except ParseError:
            pass
        try:
            datasets.parse_csv_log(body, BASE + "/log.csv")
        except ParseError:
            pass
    for text in (raw, None):
        d = fields.parse_date(text)
        assert d is None or isinstance(d, date)
        fields.split_reference(text or "")
        assert outcome_in_label(text) in (None, "successful", "partially_successful", "rejected", "not_held")
    fields.labelled(raw.splitlines())


# --- bounded time on long, pathological input ----------------------------------------------------------------------

PATHOLOGICAL = [
    "£" + "9," * 20_000,
    "£1" + "0" * 50_000,
    "2019/" * 15_000,
    "April 2020 to " * 5_000,
    "\t" * 1_500,   # longer runs: see test_long_runs_of_tabs_in_linear_time
    ("x\t" * 150 + "\n") * 150,
    ("| a " * 100 + "|\n") * 100,
    ("Laptops    426    £650\n") * 2_500,
    "section " * 15_000,
    "s31(" * 15_000,
    "neither confirm " * 10_000,
    "a@" * 25_000,
    "a.b.c.d" * 10_000 + "@",
    "0" * 50_000,
    "0 " * 50_000,
    "+44 " * 15_000,
    "> " * 25_000,
    "On " * 25_000 + "wrote:",
    "From: x\n" * 10_000,
    "-" * 50_000,
]


@pytest.mark.parametrize("text", PATHOLOGICAL, ids=[f"{p[:12]!r}x{len(p)}" for p in PATHOLOGICAL])
def test_bounded_time_on_pathological_input(text):
    for name, fn in [("find_money", find_money), ("find_periods", find_periods), ("find_tables", find_tables),
                     ("label_values", label_values), ("find_exemptions", find_exemptions), ("sentences", sentences),
                     ("find_ncnd", find_ncnd), ("find_not_held", find_not_held), ("redact", redact),
                     ("quoted_spans", quoted_spans), ("scan.never_spans", scan.never_spans)]:
        started = time.monotonic()
        fn(text)
        took = time.monotonic() - started
        assert took < 5, f"{name} took {took:.1f} s on {text[:30]!r}... ({len(text)} chars)"


def test_long_runs_of_tabs_in_linear_time():
    # a spreadsheet row of empty cells, or a CSV line of commas, becomes a run of tabs in the text
    started = time.monotonic()
    find_periods("\t" * 12_000)
    assert time.monotonic() - started < 0.3
