"""Parsing WhatDoTheyKnow pages saved by hand from alaveteli.md (newer and older markup), city-scrapers style:
saved response in, items out. No network."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scrapy.http import HtmlResponse, Request

from crawlers.parsing import ParseError
from crawlers.parsing.bodies import parse_authorities_csv, parse_body_directory, parse_body_json
from crawlers.parsing.listing import parse_listing
from crawlers.parsing.request_json import parse_request_json
from crawlers.parsing.request_page import parse_request_page
from documents.mail_text import quoted_spans, redact
from crawlers.parsing.timestamps import parse_since, parse_timestamp

FILES = Path(__file__).parent / "files" / "wdtk"
BASE = "https://www.whatdotheyknow.com"


def saved(name: str) -> str:
    return (FILES / name).read_text(encoding="utf-8")


def test_batch_page_newer_markup():
    page = parse_listing(saved("batch_page_new.html"), f"{BASE}/info_request_batch/77")
    assert [e.url_title for e in page.entries] == ["remote_working_equipment", "remote_working_equipment_2"]
    assert [e.status for e in page.entries] == ["successful", "waiting_response_very_overdue"]
    assert page.entries[0].body_url_name == "barnet_borough_council"
    assert page.entries[0].requester == "jo_journalist"
    assert page.entries[0].anchor is None
    assert page.entries[0].event_date == datetime(2021, 10, 1, 9, 0, tzinfo=UTC)
    assert page.next_url == f"{BASE}/info_request_batch/77?page=2"
    assert page.sent_to == 3


def test_batch_page_older_markup_absolute_links_and_last_page():
    page = parse_listing(saved("batch_page_old.html"), "https://www.example.org/info_request_batch/77?page=2")
    (entry,) = page.entries
    assert entry.url_title == "remote_working_equipment_3"
    assert entry.status == "waiting_classification"      # class on span.bottomline
    assert entry.body_url_name == "council_number_003"
    assert entry.event_date == datetime(2021, 10, 1, tzinfo=UTC)
    assert page.next_url is None


def test_body_page_head_links_carry_the_latest_message_anchor():
    page = parse_listing(saved("body_page.html"), f"{BASE}/body/barnet_borough_council")
    assert [(e.url_title, e.anchor, e.status) for e in page.entries] == [
        ("remote_working_equipment", "incoming-5002", "partially_successful"),
        ("parking_fines_2019", "outgoing-812", "internal_review"),
        ("street_lights", "comment-77", "not_held"),
    ]
    assert page.next_url == f"{BASE}/body/barnet_borough_council?page=2"


def test_body_directory_lists_url_names_only():
    names, next_url = parse_body_directory(saved("body_list.html"), f"{BASE}/body/list/local_council")
    assert names == ["barnet_borough_council", "leeds_city_council"]
    assert next_url == f"{BASE}/body/list/local_council?page=2"


@pytest.mark.parametrize("name", ["all-authorities-new.csv", "all-authorities-old.csv"])
def test_authorities_csv_maps_columns_by_name(name):
    bodies = {b.url_name: b for b in parse_authorities_csv(saved(name))}
    barnet = bodies["barnet_borough_council"]
    assert barnet.name == "London Borough of Barnet"
    assert barnet.has_tag("local_council") and barnet.has_tag("gss:E09000003") and barnet.has_tag("gss")
    assert barnet.tag_value("gss") == "E09000003"
    assert barnet.created_at.utcoffset() in (timedelta(0), timedelta(hours=1))
    if name.endswith("new.csv"):
        assert barnet.wdtk_id == 12 and barnet.notes == "Notes, with a comma"
        assert not bodies["nowhere_parish"].has_tag("local_council")
    else:
        assert barnet.wdtk_id is None


def test_authorities_csv_without_url_name_column_is_a_parse_error():
    with pytest.raises(ParseError):
        parse_authorities_csv("Name,Tags\nBarnet,local_council\n")


def test_request_json_recent_timestamps():
    rj = parse_request_json(saved("request.json"))
    assert (rj.id, rj.url_title, rj.described_state, rj.requester) == (
        1, "remote_working_equipment", "partially_successful", "jo_journalist")
    assert rj.created_at == datetime(2021, 10, 1, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    assert rj.tags == ["remote_working", "survey:2021"]
    assert rj.body.wdtk_id == 12 and rj.body.tag_value("gss") == "E09000003" and rj.body.requests_count == 1200
    assert [e.id for e in rj.events] == [1001, 1900, 1901, 1902, 1903]
    assert rj.last_event_id == 1903
    assert rj.event_for("incoming", 5001).id == 1900      # the response, not the later edit
    assert rj.event_for("annotation", 300).event_type == "comment"


def test_request_json_older_timestamps_and_external_requester():
    rj = parse_request_json(saved("request_old.json"))
    assert rj.created_at == datetime(2013, 6, 18, 10, 18, 19, tzinfo=timezone(timedelta(hours=10)))
    assert rj.requester is None and rj.body is None          # user_name only: no url_name to keep
    assert rj.display_status == "Information not held."


def test_request_page_messages_attachments_status_batch():
    page = parse_request_page(saved("request_page.html"), f"{BASE}/request/remote_working_equipment?unfold=1")
    assert page.calculated_state == "partially_successful"
    assert page.batch_id == 77
    assert [(m.kind, m.id) for m in page.messages] == [
        ("outgoing", 7001), ("incoming", 5001), ("outgoing", 7900), ("annotation", 300)]
    incoming = page.message("incoming", 5001)
    assert incoming.author == "Jane Officer, London Borough of Barnet"
    assert incoming.sent_at == datetime(2021, 10, 12, 14, 0, tzinfo=UTC)
    assert "hide quoted sections" not in incoming.text
    assert "3 Attachments" not in incoming.text
    assert incoming.text.startswith("Dear Jo Journalist,\n\nThank you")
    assert "£612.50.\nContact me on [mobile number] or at [email address]." in incoming.text
    assert [(a.url_part_number, a.filename, a.attachment_dom_id) for a in incoming.attachments] == [
        (2, "laptops 2019 20.csv", 9001), (3, "FOI response letter.pdf", 9002)]
    assert incoming.attachments[0].url == (
        f"{BASE}/request/remote_working_equipment/response/5001/attach/2/laptops%202019%2020.csv")
    assert page.message("outgoing", 7001).author_url_name == "jo_journalist"
    assert page.message("annotation", 300).author_url_name == "sam_citizen"
    assert page.message("annotation", 300).text == "Other councils answered this in full."


def test_request_page_older_markup():
    page = parse_request_page(saved("request_page_old.html"), "https://old.example.org/request/street_lights")
    assert page.calculated_state == "not_held" and page.batch_id is None
    out, inc = page.messages
    assert (out.kind, out.id, out.text) == ("outgoing", 9, "Please send me the street light inventory.")
    assert out.sent_at == datetime(2013, 6, 18, tzinfo=UTC)
    assert inc.text == "We do not hold this information."
    assert [(a.url_part_number, a.filename) for a in inc.attachments] == [(2, "inventory.xls")]


def test_quoted_spans_follow_alaveteli_folding():
    page = parse_request_page(saved("request_page.html"), f"{BASE}/request/remote_working_equipment?unfold=1")
    text = page.message("incoming", 5001).text
    (span,) = quoted_spans(text)
    assert text[span[0]:].startswith("-----Original Message-----") and span[1] == len(text)
    followup = page.message("outgoing", 7900).text
    assert [followup[a:b] for a, b in quoted_spans(followup)] == ["> We bought 426 laptops\n> in 2019-20\n"]
    on_wrote = "Thanks.\n\nOn 1 Oct 2021, at 10:00, Jo wrote:\nold text"
    assert [on_wrote[a:b] for a, b in quoted_spans(on_wrote)] == ["On 1 Oct 2021, at 10:00, Jo wrote:\nold text"]
    outlook = "See attached.\n\nFrom: Jo Journalist\nSent: 01 October 2021 10:00\nTo: FOI\n\nold"
    assert outlook[quoted_spans(outlook)[0][0]:].startswith("From: Jo Journalist")
    assert quoted_spans("No quotes here.\nFrom the council") == []


def test_redaction_keeps_alaveteli_placeholders():
    text = ("Write to jane.officer@barnet.gov.uk or [FOI #1 email]; call 020 8359 2000 or +44 7700 900123 "
            "or [mobile number]. Ref 2021/1234, cost £1,234,567.")
    out = redact(text)
    assert "@" not in out and "8359" not in out and "7700" not in out
    assert "[FOI #1 email]" in out and "[mobile number]" in out
    assert "2021/1234" in out and "£1,234,567" in out
    assert out.count("[email address]") == 1 and out.count("[phone number]") == 2


@pytest.mark.parametrize("text, expected", [
    ("2021-10-05T14:02:11.000+01:00", datetime(2021, 10, 5, 13, 2, 11, tzinfo=UTC)),
    ("2025-08-29T20:29:16.797+01:00", datetime(2025, 8, 29, 19, 29, 16, 797000, tzinfo=UTC)),
    ("2013/06/18 10:18:19 +1000", datetime(2013, 6, 18, 0, 18, 19, tzinfo=UTC)),
    ("2007-10-24 11:51:01 +0100", datetime(2007, 10, 24, 10, 51, 1, tzinfo=UTC)),
    ("5 October 2021", datetime(2021, 10, 5, tzinfo=UTC)),
    ("", None),
])
def test_timestamp_styles(text, expected):
    assert parse_timestamp(text) == expected


@pytest.mark.parametrize("bad", ["2021-13-01", "yesterday", "01/10/2021"])
def test_since_must_be_iso_date(bad):
    with pytest.raises(ParseError, match="YYYY-MM-DD"):
        parse_since(bad)


def test_body_json_and_garbage():
    body = parse_body_json(json.dumps(json.loads(saved("request.json"))["public_body"]))
    assert (body.url_name, body.wdtk_id, body.short_name) == ("barnet_borough_council", 12, "Barnet")
    for bad in ("", "[]", "{}", "not json", '{"url_name": 5}'):
        with pytest.raises(ParseError):
            parse_body_json(bad)


def test_spider_parse_method_on_saved_response(tmp_path):
    """The spider callback itself on a saved listing (city-scrapers style): unknown requests are fetched as
    JSON; a request whose stored copy matches the listing is skipped."""
    from scrapy.utils.test import get_crawler

    from crawlers.spiders.whatdotheyknow import WhatDoTheyKnowSpider

    crawler = get_crawler(WhatDoTheyKnowSpider, {"FOI_DUCKDB": str(tmp_path / "w.duckdb"), "WDTK_BASE_URL": BASE})
    spider = WhatDoTheyKnowSpider.from_crawler(crawler, batch="77")
    crawler.spider = spider
    spider.known["remote_working_equipment"] = ("wdtk:1", "successful", 1902, True)
    url = f"{BASE}/info_request_batch/77"
    response = HtmlResponse(url, body=saved("batch_page_new.html").encode(), encoding="utf-8", request=Request(url))
    out = list(spider.parse_listing_page(response, kind="batch", page=1))
    assert [r.url for r in out] == [f"{BASE}/request/remote_working_equipment_2.json",
                                    f"{BASE}/info_request_batch/77?page=2"]
    assert out[0].cb_kwargs == {"url_title": "remote_working_equipment_2", "batch_id": 77,
                                "listed_status": "waiting_response_very_overdue"}
    spider.store.close()


# -- hostile input: only the documented ParseError, never anything else ------------------------------------
_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
_HTMLISH = st.lists(st.sampled_from([
    "<div class='request_listing'>", "<span class='head'>", "<a href='/request/x#incoming-1'>", "</a>", "</div>",
    "<i class='icon_successful'>", "<div class='incoming correspondence' id='incoming-3'>", "<time datetime='x'>",
    "<div class='correspondence_text'>", "<li class='attachment' id='attachment-'>", "<br>", "<p>", "&amp;", "\x00",
    "<a rel='next' href='?page=2'>", "<a href='/request/x/response/3/attach/2/a.pdf'>", "<div id='outgoing-'>",
    "<div class='comment_in_request' id='comment-9'>", "<h2>1 Smarch 2021</h2>", "<a href='/info_request_batch/9'>",
]), max_size=40).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(_TEXT, _HTMLISH))
def test_html_parsers_raise_only_parse_error(text):
    for parse in (lambda t: parse_listing(t, BASE + "/"), lambda t: parse_request_page(t, BASE + "/request/x"),
                  lambda t: parse_body_directory(t, BASE + "/")):
        try:
            parse(text)
        except ParseError:
            pass


_JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["id", "url_title", "title", "info_request_events", "created_at", "user", "public_body",
                         "url_name", "tags", "incoming_message_id", "awaiting_description", "info"]),
        children, max_size=6),
    max_leaves=20)


@settings(max_examples=80, deadline=None)
@given(data=_JSONISH, raw=_TEXT)
def test_json_and_csv_parsers_raise_only_parse_error(data, raw):
    for parse, arg in ((parse_request_json, json.dumps(data)), (parse_request_json, raw),
                       (parse_body_json, json.dumps(data)), (parse_authorities_csv, raw)):
        try:
            parse(arg)
        except ParseError:
            pass


def test_body_listing_past_the_500_cap_is_sliced_by_date_through_list(tmp_path):
    """Alaveteli answers "not found" past page 20 of a body; the spider then asks the allowed /list route
    for the body's requests one year at a time (from `since`, or 2008)."""
    from datetime import date

    from scrapy.utils.test import get_crawler

    from crawlers.spiders.whatdotheyknow import WhatDoTheyKnowSpider

    crawler = get_crawler(WhatDoTheyKnowSpider, {"FOI_DUCKDB": str(tmp_path / "w.duckdb"), "WDTK_BASE_URL": BASE})
    spider = WhatDoTheyKnowSpider.from_crawler(crawler, body="big_council", since="2021-09-01")
    crawler.spider = spider
    url = f"{BASE}/body/big_council?page=21"
    response = HtmlResponse(url, status=404, body=b"Sorry. No pages after 20.", request=Request(url))
    out = list(spider.parse_listing_page(response, kind="body", page=21, url_name="big_council"))
    years = date.today().year - 2021 + 1
    assert len(out) == years
    assert out[0].url == (f"{BASE}/list?query=requested_from%3Abig_council"
                          "&request_date_after=01%2F09%2F2021&request_date_before=31%2F12%2F2021")
    assert out[0].cb_kwargs["window"] == ("01/09/2021", "31/12/2021")
    assert all("/search/" not in r.url and "/feed/" not in r.url for r in out)   # robots-allowed routes only
    spider.store.close()


def test_redaction_never_joins_table_cells_into_a_phone_number():
    row = "0\t426\t612.50\t0\t1234\t5678\n01\t2345\t67890"
    assert redact(row) == row
    assert redact("Tel: 01234 567890.") == "Tel: [phone number]."
