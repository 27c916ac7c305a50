"""Real logs that print several requests on one page (tests/files/disclosure_real/, sources in its README):
North Devon's monthly pages and Rushcliffe's category pages, each split into one record per request keyed by
its reference; and Nottingham City's table, a row per request (the `table` platform). City Bureau style: the
pages are parsed once here, one small test per field, invariants over every request. What a request's outcome
and exemptions are is the reader's to say (reader.parse_reply / reader.classify), read as `foi extract` reads
them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawlers.disclosure import html_pages, tables
from crawlers.disclosure.adapters import adapter_for
from crawlers.disclosure.fields import is_label, labelled
from crawlers.parsing import ParseError
from crawlers.spiders.disclosure_log import request_key
from reader import load_survey, parse_reply
from reader.classify import outcome_in_label
from warehouse.disclosure_registry import by_code

FILES = Path(__file__).parent / "files" / "disclosure_real"
REGISTRY = by_code()
SURVEY = load_survey("remote-working-2021")
ND = "https://www.northdevon.gov.uk/council/data-protection-and-freedom-of-information/foi-and-eir-disclosure-logs/"
RUSHCLIFFE = "https://rushcliffe.gov.uk/about-us/about-the-council/disclosure-log/"
NOTTINGHAM = REGISTRY["NGM"].url if "NGM" in REGISTRY else ""

# (council, file, the page's address, how many requests a person counts on it)
PAGES = [
    ("NDE", "north_devon/disclosure-log-july-2024.html", ND + "disclosure-log-july-2024", 3),
    ("NDE", "north_devon/disclosure-log-september-2023.html", ND + "disclosure-log-september-2023", 6),
    ("NDE", "north_devon/disclosure-log-1.html", ND + "disclosure-log-1", 1),
    ("RUS", "rushcliffe/other.html", RUSHCLIFFE + "other", 3),
]


def _detail(code: str, name: str, url: str) -> list:
    log = REGISTRY[code]
    return adapter_for(log.platform).parse_detail((FILES / name).read_bytes(), url, log.options)


def _table(name: str):
    log = REGISTRY["NGM"]
    return adapter_for(log.platform).parse_listing((FILES / name).read_bytes(), log.url, log.options)


PARSED = {name: _detail(code, name, url) for code, name, url, _ in PAGES}
RECORDS = {f"{code}:{rec.reference}": rec for code, name, _, _ in PAGES for rec in PARSED[name]}
NGM_2017, NGM_2017_PROBLEMS = _table("nottingham/DisclosureLog.aspx.html")
NGM_2015, _ = _table("nottingham/DisclosureLog-2015.aspx.html")
RECORDS.update({f"NGM:{e.record.reference}": e.record for e in NGM_2017.entries + NGM_2015.entries})
# North Devon's months before 2023 are one table each, a row per request (…/disclosure-log/may-2022/)
ND_2022_URL = ("https://www.northdevon.gov.uk/council/data-protection-and-freedom-of-information/disclosure-log/"
               "may-2022/")
ND_2022, ND_2022_PROBLEMS = tables.parse_request_table((FILES / "north_devon/may-2022.html").read_bytes(), ND_2022_URL)
RECORDS.update({f"NDE:{e.record.reference}": e.record for e in ND_2022.entries})


def decided(rec):
    """The outcome and exemptions `foi extract` gives an entry: the reader on the reply, else on the log's label."""
    said = parse_reply(rec.response_text, SURVEY) if rec.response_text else None
    return (said.outcome if said else None) or outcome_in_label(rec.outcome_label), (said.exemptions if said else [])


# What each request says, read off the page by a person. `outcome` / `exemptions`: what the reply says.
EXPECTED = {
    "NDE:FOI 9943": dict(responded=date(2024, 7, 19), request="Planning Tracker for Planning Application 77576",
                         reply="redacted under Regulation 13", outcome="partially_successful",
                         exemptions=["reg12(4)(e)", "reg12(5)(d)", "reg13"]),
    "NDE:FOI 9950": dict(responded=date(2024, 7, 9), request="Total number of Section 106 agreements since 2015",
                         reply="1. 399", outcome="partially_successful", exemptions=[]),
    "NDE:FOI 9963": dict(responded=date(2024, 7, 9), request="storage of the land train",
                         reply="neither confirming nor denying", outcome="rejected", exemptions=[]),
    "NDE:9243": dict(responded=date(2023, 9, 5), request="temporary housing applications",
                     reply="domestic abuse victim was 86", outcome="successful", exemptions=[]),
    "NDE:9278": dict(responded=date(2023, 9, 4), request="CON29 information relating to a property at EX31 1JU",
                     reply="Applicant provided with the information, where held", outcome="successful",
                     exemptions=[]),
    "NDE:9283": dict(responded=date(2023, 9, 4), request="CON29 information relating to a property at EX37 9SR",
                     reply="Applicant advised no information held", outcome="not_held", exemptions=[]),
    "NDE:FOI 10988": dict(responded=date(2025, 12, 19), request="Name of each software application",
                          reply="39 active user licences", outcome="successful", exemptions=[]),
    "NDE:8423": dict(responded=date(2022, 5, 5), request="complaints made to the council by individuals concerning",
                     reply="C070 Noise – Neighbours = 44", outcome="successful", exemptions=[]),
    "RUS:3625280": dict(responded=date(2025, 1, 21), request="member of the Local Government Association",
                        reply=None, documents=["3625280.pdf"], outcome=None, exemptions=[]),
    "RUS:3617087": dict(responded=date(2025, 1, 9), request="How many Blue Plaques", reply=None,
                        documents=["3617087.pdf"], outcome=None, exemptions=[]),
    "RUS:3616706": dict(responded=None, request="Data Subject Access Requests", reply=None, documents=[],
                        outcome=None, exemptions=[]),
    "NGM:9945": dict(responded=date(2017, 10, 17), title="Con29R", request="YP1082218 - 42 Woodbank Drive",
                     reply=None, documents=[], outcome=None, exemptions=[]),
    "NGM:9942": dict(responded=date(2017, 10, 17), title="Information about Museums",
                     request="names and addresses of all museums", reply=None, documents=[], outcome=None,
                     exemptions=[]),
    "NGM:5087": dict(responded=date(2015, 3, 4), title="Fifty Shades of Grey", request="borrowed from your libraries",
                     reply=None, documents=[], outcome=None, exemptions=[]),
}
# where today's reader (read-only for the crawler's work) does not read what the council wrote
READER_GAPS: dict[tuple[str, str], str] = {}
KEYS = sorted(EXPECTED)


def _gap(key: str, field: str):
    reason = READER_GAPS.get((key, field))
    return pytest.param(key, marks=pytest.mark.xfail(reason=reason, strict=True)) if reason else key


# --- one test per field -------------------------------------------------------------------------------------


@pytest.mark.parametrize("code, name, url, count", PAGES)
def test_requests_found_equal_requests_on_the_page(code, name, url, count):
    assert len(PARSED[name]) == count


def test_north_devon_references_in_page_order():
    assert [r.reference for r in PARSED["north_devon/disclosure-log-july-2024.html"]] == [
        "FOI 9943", "FOI 9950", "FOI 9963"]
    assert [r.reference for r in PARSED["north_devon/disclosure-log-september-2023.html"]] == [
        "9243", "9270", "9278", "9281", "9282", "9283"]


def test_rushcliffe_references_in_page_order():
    assert [r.reference for r in PARSED["rushcliffe/other.html"]] == ["3625280", "3617087", "3616706"]


@pytest.mark.parametrize("key", KEYS)
def test_reply_date(key):
    rec = RECORDS[key]
    assert (rec.received, rec.responded) == (None, EXPECTED[key]["responded"])


@pytest.mark.parametrize("key", KEYS)
def test_request_text_is_the_request_alone(key):
    rec, want = RECORDS[key], EXPECTED[key]
    assert want["request"] in rec.request_text
    if want["reply"]:
        assert want["reply"] not in rec.request_text


@pytest.mark.parametrize("key", KEYS)
def test_reply_text(key):
    rec, want = RECORDS[key], EXPECTED[key]
    if want["reply"] is None:
        assert rec.response_text is None
    else:
        assert want["reply"] in rec.response_text and want["request"] not in rec.response_text


@pytest.mark.parametrize("key", [k for k in KEYS if "documents" in EXPECTED[k]])
def test_documents(key):
    assert [d.name for d in RECORDS[key].documents] == EXPECTED[key]["documents"]


@pytest.mark.parametrize("key", [k for k in KEYS if "title" in EXPECTED[k]])
def test_title(key):
    assert RECORDS[key].title == EXPECTED[key]["title"]


@pytest.mark.parametrize("key", [_gap(k, "outcome") for k in KEYS])
def test_outcome_is_the_readers(key):
    assert decided(RECORDS[key])[0] == EXPECTED[key]["outcome"]


@pytest.mark.parametrize("key", [_gap(k, "exemptions") for k in KEYS])
def test_exemptions_are_the_readers(key):
    assert sorted(decided(RECORDS[key])[1]) == EXPECTED[key]["exemptions"]


def test_two_issue_dates_give_the_first_reply_date():
    assert labelled(["Issue dates: 19.12.25 and 07.01.26"]) == {"responded": date(2025, 12, 19)}


def test_a_month_page_heading_is_the_pages_not_a_requests():
    assert RECORDS["NDE:FOI 10988"].title is None
    assert {r.title for name in PARSED for r in PARSED[name]} == {None}


def test_a_short_request_under_a_label_standing_alone_is_kept():
    """"Request received:" stands above the request: a short request under it is text, not the label's value."""
    html = ("<main><h1>Disclosure Log - May 2025</h1><p>Request reference: FOI 1</p><p>Issue date: 01.05.25</p>"
            "<p>Request received:</p><p>CON29 for EX31 1JU</p><p>Response provided:</p><p>Provided.</p>"
            "<p>Request reference: FOI 2</p><p>Issue date: 02.05.25</p><p>Request received:</p>"
            "<p>Bins</p><p>Response provided:</p><p>Not held.</p></main>")
    recs = html_pages.parse_request_pages(html, "https://x.example/may")
    assert [(r.reference, r.request_text, r.response_text, r.responded) for r in recs] == [
        ("FOI 1", "CON29 for EX31 1JU", "Provided.", date(2025, 5, 1)),
        ("FOI 2", "Bins", "Not held.", date(2025, 5, 2))]


# --- invariants over every request ---------------------------------------------------------------------------


def test_every_request_has_its_own_key():
    keys = [request_key(k.split(":")[0], rec) for k, rec in RECORDS.items()]
    assert len(set(keys)) == len(keys) == sum(c for *_, c in PAGES) + 5 + 1


@pytest.mark.parametrize("key", sorted(RECORDS))
def test_every_request_has_a_reference_and_a_request(key):
    rec = RECORDS[key]
    assert rec.reference and rec.request_text and rec.fingerprint


@pytest.mark.parametrize("key", sorted(RECORDS))
def test_no_field_label_or_page_chrome_in_the_texts(key):
    rec = RECORDS[key]
    for text in filter(None, [rec.request_text, rec.response_text]):
        assert not any(is_label(line) for line in text.split("\n")), text[:200]
        for chrome in ("Disclosure Log", "Contact us", "Cookies", "Request reference", "Skip to", "Search the"):
            assert chrome not in text


@pytest.mark.parametrize("code, name, url, count", PAGES)
def test_requests_on_one_page_have_different_fingerprints(code, name, url, count):
    assert len({r.fingerprint for r in PARSED[name]}) == count


# --- listings ----------------------------------------------------------------------------------------------------


def test_north_devon_index_lists_its_month_pages():
    log = REGISTRY["NDE"]
    listing, problems = adapter_for(log.platform).parse_listing(
        (FILES / "north_devon/foi-and-eir-disclosure-logs.html").read_bytes(), log.url, log.options)
    assert problems == [] and listing.follow == []
    assert [(e.url, e.title, e.marker) for e in listing.entries] == [
        (ND + "disclosure-log-1", "Disclosure Log - January 2026", None),
        (ND + "disclosure-log-july-2024", "Disclosure Log - July 2024", None),
        (ND + "disclosure-log-september-2023", "Disclosure Log - September 2023", None)]


def test_nottingham_table_rows_are_entries_keyed_by_their_id():
    assert NGM_2017_PROBLEMS == [] and NGM_2017.follow == []
    assert [(e.url, e.title) for e in NGM_2017.entries] == [
        (NOTTINGHAM + "#9945", "Con29R"), (NOTTINGHAM + "#9942", "Information about Museums"),
        (NOTTINGHAM + "#9943", "Replacement of vehicle tyres")]
    assert all(e.record is not None for e in NGM_2017.entries)


def test_nottingham_rows_shown_over_two_years_keep_their_own_keys():
    keys = {request_key("NGM", e.record) for e in NGM_2017.entries + NGM_2015.entries}
    assert keys == {"dl:NGM:9945", "dl:NGM:9942", "dl:NGM:9943", "dl:NGM:5138", "dl:NGM:5087"}


def test_a_table_row_with_a_link_has_it_as_its_document_and_a_ragged_row_is_a_problem():
    html = ("<main><table><tr><th>Id</th><th>Subject</th><th>Response Date</th><th>Response Files</th></tr>"
            "<tr><td>1</td><td>Bins</td><td>01/02/2024</td><td><a href='/files/1.pdf'>1.pdf</a></td></tr>"
            "<tr><td>2</td><td>Trees</td><td>02/02/2024</td><td></td><td>stray</td></tr></table></main>")
    listing, problems = tables.parse_request_table(html, "https://x.example/log.aspx")
    assert [(e.record.reference, [d.url for d in e.record.documents]) for e in listing.entries] == [
        ("1", ["https://x.example/files/1.pdf"])]
    assert problems == ["row 2: 1 cell(s) more than the header has columns; the row was not read"]


def test_north_devon_2022_table_row_is_one_request_and_none_is_no_exemption():
    assert ND_2022_PROBLEMS == [] and [e.url for e in ND_2022.entries] == [ND_2022_URL + "#8423"]
    rec = ND_2022.entries[0].record
    assert "indecent exposure" in rec.request_text and "Exemptions applied" not in rec.response_text


@pytest.mark.parametrize("html", ["<main><p>no table</p></main>", "<main><table><tr><td></td></tr></table></main>"])
def test_a_page_without_the_logs_table_is_a_parse_error(html):
    with pytest.raises(ParseError):
        tables.parse_request_table(html, "https://x.example/log.aspx")


def test_a_reference_quoted_in_a_reply_does_not_start_another_request():
    html = (FILES / "north_devon/disclosure-log-july-2024.html").read_text("utf-8").replace(
        "<p>1. 399</p>", "<p>Our ref: 12345</p><p>1. 399</p>")
    records = html_pages.parse_request_pages(html, ND + "disclosure-log-july-2024")
    assert [r.reference for r in records] == ["FOI 9943", "FOI 9950", "FOI 9963"]
    assert "1. 399" in records[1].response_text


# --- hostile pages: only ParseError comes out ---------------------------------------------------------------------

PIECES = st.lists(st.sampled_from([
    "<table>", "</table>", "<tr>", "</tr>", "<th>Id</th>", "<th>Ref:</th>", "<th>Response Files</th>", "<td>",
    "</td>", "<td>9945</td>", "<td>17/10/2017</td>", "<td><a href='/f.pdf'>f</a></td>", "<td><table><tr><td>x",
    "<p>Request reference: FOI 1</p>", "<p>Reference: 2</p>", "<p>Issue date: 19.07.24</p>", "<p>Our ref: 3</p>",
    "<p>Request received:</p>", "<p>Response provided:</p>", "<h2>Response</h2>", "<aside>", "</aside>", "<p>",
    "text", "\x00", "<!--", "&#0;", "<h1>Disclosure Log - May 2025</h1>"]), max_size=40).map("".join)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(PIECES, st.text(max_size=300), st.binary(max_size=200)))
def test_table_and_several_request_parsers_raise_only_parse_error(page):
    for parse in (lambda p: tables.parse_request_table(p, "https://x.example/log.aspx"),
                  lambda p: html_pages.parse_request_pages(p, "https://x.example/month", {"text": "reply"})):
        try:
            parse(page)
        except ParseError:
            pass


def test_a_month_page_printing_its_requests_as_a_table_is_read_a_row_each_from_a_directory():
    log = REGISTRY["NDE"]
    records = adapter_for(log.platform).parse_detail((FILES / "north_devon/may-2022.html").read_bytes(), ND_2022_URL,
                                                     log.options)
    assert [(r.reference, r.url, r.responded) for r in records] == [("8423", ND_2022_URL, date(2022, 5, 5))]


@pytest.mark.parametrize("name", ["devon/figures-relating-to-freedom-of-information-requests-2016-2021.html",
                                  "north_devon/disclosure-log-july-2024.html"])
def test_a_table_without_reference_request_and_date_columns_is_not_a_table_of_requests(name):
    assert tables.requests_in_tables((FILES / name).read_bytes(), "https://x.example/p") == []


def test_an_articles_own_header_keeps_its_title_and_an_aside_is_not_the_request():
    html = ("<main><article><header><h1>Bins emptied</h1></header><aside><p>Search the log</p></aside>"
            "<p>Reference: FOI 7</p><p>How many bins?</p><h2>Response</h2><p>4,321.</p></article></main>")
    (rec,) = html_pages.parse_request_pages(html, "https://x.example/foi/7")
    assert (rec.title, rec.reference, rec.request_text, rec.response_text) == (
        "Bins emptied", "FOI 7", "How many bins?", "4,321.")
