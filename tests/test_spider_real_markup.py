"""The WhatDoTheyKnow parsers and spider against pages written from Alaveteli's REAL view templates and
`json_for_api` methods (tests/files/wdtk_real/README.md says which template each file follows), not from our
own replay. City-scrapers style: each saved file is parsed once at module level, one small test per field."""

from __future__ import annotations

import urllib.error
import urllib.request
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from protego import Protego
from scrapy.http import HtmlResponse, Request, Response, TextResponse

from crawlers.parsing import ParseError
from crawlers.parsing.bodies import parse_authorities_csv, parse_body_directory, parse_body_json
from crawlers.parsing.listing import parse_listing
from crawlers.parsing.request_json import parse_request_json
from crawlers.parsing.request_page import parse_request_page
from tests.crawl_helpers import crawl, rows

FILES = Path(__file__).parent / "files" / "wdtk_real"
BASE = "https://www.whatdotheyknow.com"
BST, AEST = timezone(timedelta(hours=1)), timezone(timedelta(hours=10))


def response(name: str, path: str) -> TextResponse:
    """A saved file as the response Scrapy would hand the spider for `path`."""
    url = BASE + path
    cls = HtmlResponse if name.endswith(".html") else TextResponse
    return cls(url, body=(FILES / name).read_bytes(), encoding="utf-8", request=Request(url))


BATCH_MEMBER = parse_request_page(response("request_batch_member.html",
                                           "/request/laptops_and_tablets_purchased_2_12?unfold=1").text,
                                  BASE + "/request/laptops_and_tablets_purchased_2_12?unfold=1")
OLD_SINGLE = parse_request_page(response("request_single_old.html", "/request/cycle_hire_docking_stations?unfold=1")
                                .text, BASE + "/request/cycle_hire_docking_stations?unfold=1")
NEW_JSON = parse_request_json(response("request_batch_member.json",
                                       "/request/laptops_and_tablets_purchased_2_12.json").body)
OLD_JSON = parse_request_json(response("request_single_old.json", "/request/cycle_hire_docking_stations.json").body)
BATCH_P2 = parse_listing(response("batch_sent_page2.html", "/info_request_batch/4321?page=2").text,
                         BASE + "/info_request_batch/4321?page=2")
BATCH_LAST = parse_listing(response("batch_sent_last_old.html", "/info_request_batch/4321?page=13").text,
                           BASE + "/info_request_batch/4321?page=13")
BATCH_UNSENT = parse_listing(response("batch_unsent.html", "/info_request_batch/99").text,
                             BASE + "/info_request_batch/99")
BODY_P20 = parse_listing(response("body_page20.html", "/body/barnet?page=20").text, BASE + "/body/barnet?page=20")
DIRECTORY = parse_body_directory(response("body_list_local_council.html", "/body/list/local_council").text,
                                 BASE + "/body/list/local_council")
BODY = parse_body_json(response("body.json", "/body/barnet.json").text)
CSV_NEW = {b.url_name: b for b in parse_authorities_csv((FILES / "all-authorities.csv").read_text("utf-8"))}
CSV_OLD = {b.url_name: b for b in parse_authorities_csv((FILES / "all-authorities-old.csv").read_text("utf-8"))}
ROBOTS = Protego.parse((FILES / "robots.txt").read_text("utf-8"))


def msg(page, kind, id_):
    found = page.message(kind, id_)
    assert found is not None, f"{kind} {id_} not parsed"
    return found


# -- request page, WDTK theme, batch member ------------------------------------------------------------------
def test_title_from_the_request_header():
    assert BATCH_MEMBER.title == "Laptops and tablets purchased 2020-21"


def test_calculated_state_from_the_icon_in_request_status():
    assert BATCH_MEMBER.calculated_state == "waiting_classification"


def test_batch_id_from_the_sidebar_part_of_batch_block():
    assert BATCH_MEMBER.batch_id == 4321


def test_messages_in_page_order_with_the_resent_box_after_the_original():
    assert [(m.kind, m.id) for m in BATCH_MEMBER.messages] == [
        ("outgoing", 1190001), ("outgoing", 1190001), ("incoming", 2210001), ("incoming", 2210002),
        ("incoming", 2210003), ("annotation", 77001)]


def test_the_resent_box_does_not_replace_the_request_text():
    assert msg(BATCH_MEMBER, "outgoing", 1190001).text.startswith("Dear London Borough of Barnet,")


def test_outgoing_date_from_the_time_datetime_attribute():
    assert msg(BATCH_MEMBER, "outgoing", 1190001).sent_at == datetime(2021, 9, 1, 10, 12, 1, tzinfo=BST)


def test_outgoing_br_is_a_line_break_and_p_a_paragraph():
    assert "bought in each of the years 2019-20 and 2020-21,\nand the unit cost" in \
        msg(BATCH_MEMBER, "outgoing", 1190001).text


def test_incoming_author_is_officer_and_body():
    assert msg(BATCH_MEMBER, "incoming", 2210001).author == "Information Governance Team, London Borough of Barnet"


def test_incoming_date():
    assert msg(BATCH_MEMBER, "incoming", 2210001).sent_at == datetime(2021, 10, 5, 14, 2, 11, tzinfo=BST)


def test_incoming_text_is_the_main_body_div_not_the_attachment_list():
    text = msg(BATCH_MEMBER, "incoming", 2210001).text
    assert text.startswith("Dear Jo Journalist,") and "Attachment" not in text and "182K" not in text


def test_incoming_text_keeps_alaveteli_placeholders_and_drops_the_fold_link():
    text = msg(BATCH_MEMBER, "incoming", 2210001).text
    assert "[email address]" in text and "[FOI #812345 email]" in text
    assert "quoted sections" not in text


def test_unfolded_quote_is_in_the_text():
    assert "-----Original Message-----" in msg(BATCH_MEMBER, "incoming", 2210001).text


def test_visible_attachments_by_part_number_hidden_and_erased_left_out():
    assert [a.url_part_number for a in msg(BATCH_MEMBER, "incoming", 2210001).attachments] == [2, 3, 6]


def test_attachment_filenames_from_attachment_name():
    assert [a.filename for a in msg(BATCH_MEMBER, "incoming", 2210001).attachments] == [
        "FOI 12345 response.pdf", "Devices by year.xlsx", "Zoom and O365 licences.csv"]


def test_attachment_urls_are_the_pages_links_without_cookie_passthrough():
    first = msg(BATCH_MEMBER, "incoming", 2210001).attachments[0]
    assert first.url == (f"{BASE}/request/laptops_and_tablets_purchased_2_12/response/2210001/attach/2/"
                         "FOI%2012345%20response.pdf")


def test_attachment_dom_ids_and_size_text():
    atts = msg(BATCH_MEMBER, "incoming", 2210001).attachments
    assert [(a.attachment_dom_id, a.size_text) for a in atts] == [(9900001, "182K"), (9900002, "12K"),
                                                                   (9900005, "1K")]


def test_view_as_html_and_datasette_links_are_not_attachments():
    urls = [a.url for a in msg(BATCH_MEMBER, "incoming", 2210001).attachments]
    assert not any("/attach/html/" in u or "datasette" in u for u in urls)


def test_message_with_no_text_part_keeps_alaveteli_notice():
    assert msg(BATCH_MEMBER, "incoming", 2210002).text == "[ Email has no body, please see attachments ]"


def test_attachment_at_part_1_when_there_is_no_text_part():
    (att,) = msg(BATCH_MEMBER, "incoming", 2210002).attachments
    assert (att.url_part_number, att.filename) == (1, "Cyber security software.docx")


def test_hidden_message_has_no_text_and_no_attachments():
    hidden = msg(BATCH_MEMBER, "incoming", 2210003)
    assert hidden.text is None and hidden.attachments == []


def test_annotation_author_and_text():
    note = msg(BATCH_MEMBER, "annotation", 77001)
    assert (note.author_url_name, note.text) == ("helpful_volunteer", "The XLSX has the per-year figures.")


def test_annotation_date_from_the_h2_time():
    assert msg(BATCH_MEMBER, "annotation", 77001).sent_at == datetime(2021, 10, 8, 12, tzinfo=BST)


def test_hidden_main_body_part_notice_is_not_the_message_text():
    html = response("request_batch_member.html", "/request/x").text.replace(
        '<div id="attachment-9900000">',
        '<div id="attachment-9900000">\n<p class="hidden_attachment">This attachment has been hidden. Please '
        '<a href="/help/contact">contact us</a>.</p><!--', 1).replace(
        '<a href="?#incoming-2210001">hide quoted sections</a>\n</span></p>',
        '<a href="?#incoming-2210001">hide quoted sections</a>\n</span></p>-->', 1)
    page = parse_request_page(html, BASE + "/request/x")
    assert msg(page, "incoming", 2210001).text is None


# -- request page, older markup, not in a batch ------------------------------------------------------------------
def test_old_status_class_on_request_status_itself():
    assert OLD_SINGLE.calculated_state == "partially_successful"


def test_request_not_in_a_batch_has_no_batch_id():
    assert OLD_SINGLE.batch_id is None


def test_old_js_collapsable_blocks_are_parsed():
    assert [(m.kind, m.id) for m in OLD_SINGLE.messages] == [("outgoing", 30001), ("incoming", 40001),
                                                              ("incoming", 40002)]


def test_old_outgoing_author_link():
    assert msg(OLD_SINGLE, "outgoing", 30001).author_url_name == "alex_smith"


def test_old_time_with_a_plus_ten_offset():
    assert msg(OLD_SINGLE, "incoming", 40001).sent_at == datetime(2013, 6, 18, 10, 18, 19, tzinfo=AEST)


def test_old_attachment_list_without_wrapper_and_absolute_links():
    (att,) = msg(OLD_SINGLE, "incoming", 40001).attachments
    assert (att.url_part_number, att.filename) == (3, "Cycle hire docking stations.csv.txt")
    assert att.url == (f"{BASE}/request/cycle_hire_docking_stations/response/40001/attach/3/"
                       "Cycle%20hire%20docking%20stations.csv.txt")


def test_old_body_without_div_id_is_the_text_outside_the_list():
    assert msg(OLD_SINGLE, "incoming", 40001).text == \
        "Dear Mr Smith\n\nPlease find attached the list.\nCall 020 7946 0000 with questions."


def test_message_without_attachments():
    reply = msg(OLD_SINGLE, "incoming", 40002)
    assert reply.attachments == [] and reply.text.endswith("exempt under section 43.")


# -- request JSON -----------------------------------------------------------------------------------------------
def test_json_recent_timestamps_with_milliseconds():
    assert NEW_JSON.updated_at == datetime(2025, 8, 29, 20, 29, 16, 797000, tzinfo=BST)


def test_json_older_slash_timestamps():
    assert OLD_JSON.created_at == datetime(2013, 6, 4, 9, tzinfo=AEST)


def test_json_display_status_kept_as_the_site_wrote_it():
    assert (NEW_JSON.display_status, OLD_JSON.display_status) == ("Awaiting classification",
                                                                  "Partially successful.")


def test_json_awaiting_description():
    assert (NEW_JSON.awaiting_description, OLD_JSON.awaiting_description) == (True, False)


def test_json_requester_url_name_or_none_for_an_external_request():
    assert (NEW_JSON.requester, OLD_JSON.requester) == ("jo_journalist", None)


def test_json_tags_with_null_values():
    assert NEW_JSON.tags == ["batch", "devices:2021"]


def test_json_events_sorted_by_id():
    assert [e.id for e in OLD_JSON.events] == [100001, 100002, 100003]


def test_json_event_for_a_message_is_the_first_event_not_a_later_edit():
    assert NEW_JSON.event_for("incoming", 2210003).event_type == "response"


def test_json_resent_event_points_at_the_same_outgoing_message():
    assert NEW_JSON.event_for("outgoing", 1190001).event_type == "sent"


def test_json_embedded_body():
    assert (NEW_JSON.body.wdtk_id, NEW_JSON.body.tag_value("gss"), NEW_JSON.body.requests_count) == (
        20, "E09000003", 4321)


def test_html_where_json_was_expected_is_a_clear_parse_error():
    with pytest.raises(ParseError, match="HTML page, not JSON"):
        parse_request_json(response("challenge_instead_of_json.html", "/request/x.json").body)


def test_html_where_body_json_was_expected_is_a_clear_parse_error():
    with pytest.raises(ParseError, match="HTML page, not JSON"):
        parse_body_json(response("challenge_instead_of_json.html", "/body/x.json").text)


# -- batch pages ---------------------------------------------------------------------------------------------------
def test_batch_entries_url_titles():
    assert [e.url_title for e in BATCH_P2.entries] == [
        "laptops_and_tablets_purchased_2_12", "laptops_and_tablets_purchased_2_13",
        "laptops_and_tablets_purchased_2_14"]


def test_batch_entries_status_from_i_icon_standalone():
    assert [e.status for e in BATCH_P2.entries] == ["waiting_classification", "waiting_response_very_overdue",
                                                    "rejected"]


def test_batch_entries_body_from_the_absolute_link_in_requester():
    assert [e.body_url_name for e in BATCH_P2.entries] == ["barnet", "bath_and_north_east_somerset_council",
                                                           "torbay_council"]


def test_batch_entries_requester_and_date():
    first = BATCH_P2.entries[0]
    assert (first.requester, first.event_date) == ("jo_journalist", datetime(2021, 9, 1, 10, 12, 1, tzinfo=BST))


def test_batch_sent_to_count():
    assert BATCH_P2.sent_to == 320


def test_will_paginate_next_link():
    assert BATCH_P2.next_url == BASE + "/info_request_batch/4321?page=3"


def test_older_bottomline_status():
    assert [e.status for e in BATCH_LAST.entries] == ["successful"]


def test_last_page_disabled_next_span_is_no_next_page():
    assert BATCH_LAST.next_url is None


def test_unsent_batch_lists_its_bodies_and_no_requests():
    assert (BATCH_UNSENT.entries, BATCH_UNSENT.body_url_names) == ([], ["barnet", "torbay_council",
                                                                        "york_city_council"])


# -- body pages and the directory -----------------------------------------------------------------------------------
def test_body_page_head_links_carry_the_latest_event_anchor():
    assert [(e.url_title, e.anchor) for e in BODY_P20.entries] == [
        ("parking_fines_2019", "incoming-2200001"), ("street_lights_4", "comment-77002"),
        ("bins_2", "outgoing-1180002")]


def test_body_page_annotation_entry_requester_is_the_request_user_not_the_annotator():
    assert BODY_P20.entries[1].requester == "sam_resident"


def test_body_page_20_still_links_page_21():
    assert BODY_P20.next_url == BASE + "/body/barnet?page=21"


def test_directory_body_names_not_sidebar_category_links():
    assert DIRECTORY[0] == ["barnet", "torbay_council", "york_city_council"]


def test_directory_next_page():
    assert DIRECTORY[1] == BASE + "/body/list/local_council?page=2"


def test_body_json_fields():
    assert (BODY.wdtk_id, BODY.short_name, BODY.disclosure_log, BODY.requests_count) == (
        20, "Barnet Council", "https://www.barnet.gov.uk/foi-disclosure-log", 4321)


def test_body_json_tags_with_empty_string_values():
    assert BODY.tags == ["local_council", "London", "gss:E09000003", "mapit:2489"]


def test_body_json_timestamp_with_milliseconds():
    assert BODY.updated_at == datetime(2025, 6, 11, 9, 1, 44, 123000, tzinfo=BST)


# -- all-authorities.csv -----------------------------------------------------------------------------------------
def test_csv_with_internal_id():
    assert CSV_NEW["barnet"].wdtk_id == 20


def test_csv_without_internal_id():
    assert CSV_OLD["barnet"].wdtk_id is None and CSV_OLD["barnet"].name == "London Borough of Barnet"


def test_csv_machine_tags():
    assert CSV_NEW["barnet"].tag_value("gss") == "E09000003" and CSV_NEW["barnet"].has_tag("local_council")


def test_csv_quoted_notes():
    assert CSV_NEW["torbay_council"].notes == 'Notes with a comma, and "quotes"'


def test_csv_timestamps():
    assert CSV_NEW["torbay_council"].created_at == datetime(2008, 1, 3, 12, tzinfo=UTC)


# -- robots.txt (Alaveteli's public/robots.txt, read by Protego as Scrapy does) -------------------------------
@pytest.mark.parametrize("path", [
    "/request/x/response/123/attach/2/FOI%20response.pdf?cookie_passthrough=1",
    "/request/x/response/123/attach/html/2/a.pdf.html", "/request/x.json", "/request/x?unfold=1",
    "/info_request_batch/4321", "/body/barnet", "/body/barnet.json", "/body/list/local_council",
    "/body/all-authorities.csv", "/list?query=requested_from%3Abarnet&request_date_after=01%2F01%2F2021",
    "/attachments/abc/wait?referer=x"])
def test_robots_allows_what_the_spider_fetches(path):
    assert ROBOTS.can_fetch(BASE + path, "foi-compare")


@pytest.mark.parametrize("path", [
    "/request/x/response/123", "/feed/body/barnet.json", "/search/laptops/requests/newest", "/request/x/feed",
    "/request/x/similar", "/request/x?update_status=1", "/request/x/download",
    # `Disallow: */tor*` (meant for /tor pages) also matches these: Protego, like Google, honours it
    "/body/torbay_council", "/body/torfaen_county_borough_council.json", "/request/tory_party_donations.json"])
def test_robots_disallows(path):
    assert not ROBOTS.can_fetch(BASE + path, "foi-compare")


def test_replay_serves_the_real_robots_txt():
    assert (Path(__file__).parents[1] / "replay" / "site" / "robots.txt").read_bytes() == \
        (FILES / "robots.txt").read_bytes()


# -- the spider: listings past the cap, and Alaveteli's attachment redirects (no network) -------------------------
@pytest.fixture
def spider(tmp_path):
    from scrapy.utils.test import get_crawler

    from crawlers.spiders.whatdotheyknow import WhatDoTheyKnowSpider

    crawler = get_crawler(WhatDoTheyKnowSpider, {"FOI_DUCKDB": str(tmp_path / "w.duckdb"), "WDTK_BASE_URL": BASE})
    s = WhatDoTheyKnowSpider.from_crawler(crawler, body="barnet", since="2024-01-01")
    crawler.spider = s
    yield s
    s.store.close()


def failure_kinds(spider) -> list[str]:
    spider.store.flush()
    return [k for (k,) in spider.store.query("SELECT kind FROM crawl_failures")]


def test_body_page_20_goes_to_date_slices_not_page_21(spider):
    out = list(spider.parse_listing_page(response("body_page20.html", "/body/barnet?page=20"), kind="body",
                                         page=20, url_name="barnet"))
    pages = [r.url for r in out if "/list?" in r.url]
    assert pages and not any("page=21" in r.url for r in out)
    assert pages[0] == (BASE + "/list?query=requested_from%3Abarnet&request_date_after=01%2F01%2F2024"
                        "&request_date_before=31%2F12%2F2024")


def test_a_full_date_slice_is_split_into_months_not_paged_to_21(spider):
    page20 = response("body_page20.html", "/list?query=requested_from%3Abarnet&page=20")
    out = list(spider.parse_listing_page(page20, kind="body", page=20, url_name="barnet",
                                         window=("01/01/2024", "31/12/2024")))
    slices = [r.cb_kwargs["window"] for r in out if "/list?" in r.url]
    assert len(slices) == 12 and slices[0] == ("01/01/2024", "31/01/2024") and slices[1][1] == "29/02/2024"
    assert not any("page=21" in r.url for r in out)


def test_a_full_month_is_recorded_not_silently_cut(spider):
    page20 = response("body_page20.html", "/list?query=requested_from%3Abarnet&page=20")
    out = list(spider.parse_listing_page(page20, kind="body", page=20, url_name="barnet",
                                         window=("01/03/2024", "31/03/2024")))
    assert [r.url for r in out if "/request/" not in r.url] == []
    assert failure_kinds(spider) == ["listing_cap"]


def _download(spider, status: int, location: str | None, hops: int = 0):
    from crawlers.items import AttachmentItem, RecordBundle

    url = BASE + "/request/x/response/5/attach/2/FOI%20response.pdf"
    att = AttachmentItem(attachment_id="wdtk:5:2", request_id="wdtk:1", message_id="wdtk:in:5",
                         url_part_number=2, filename="FOI response.pdf", source_url=url)
    bundle = RecordBundle(key="wdtk:1")
    (request,) = spider._next_download(bundle, [att], [])
    request.meta["foi_attach_hops"] = hops
    headers = {"Location": location} if location else {}
    resp = Response(url, status=status, headers=headers, request=request)
    return request, list(spider.parse_download(resp, **request.cb_kwargs))


def test_attachment_requests_handle_redirects_themselves(spider):
    request, _ = _download(spider, 200, None)
    assert request.meta["dont_redirect"] and 303 in request.meta["handle_httpstatus_list"]


def test_masking_delay_redirect_retries_the_attachment_itself(spider):
    request, out = _download(spider, 302, "/attachments/BAh7CEkiCG/wait?referer=abc")
    (retry,) = out
    assert retry.url == request.url and retry.meta["foi_attach_hops"] == 1


def test_masking_delay_gives_up_after_a_few_tries_and_leaves_the_file_for_next_time(spider):
    _, out = _download(spider, 302, "/attachments/BAh7CEkiCG/wait?referer=abc", hops=4)
    (bundle,) = out
    assert bundle.attachments[0].extraction_status == "not_fetched"
    assert failure_kinds(spider) == ["masking_delay"]


def test_mismatched_filename_303_to_the_message_is_recorded_not_stored(spider):
    _, out = _download(spider, 303, BASE + "/request/x#incoming-5")
    (bundle,) = out
    assert bundle.attachments[0].extraction_status == "not_fetched"
    assert failure_kinds(spider) == ["attachment_moved"]


def test_numeric_id_attachment_redirect_is_followed(spider):
    _, out = _download(spider, 301, "/request/x_title/response/5/attach/2/FOI%20response.pdf")
    (follow,) = out
    assert follow.url == BASE + "/request/x_title/response/5/attach/2/FOI%20response.pdf"


# -- the spider against the replay: Alaveteli's masking delay and /list/all ----------------------------------------
def test_crawl_waits_out_the_masking_delay(make_replay, tmp_path):
    server = make_replay()
    server.set_fault(r"/response/5002/attach/2/", "mask_wait", times=2)
    result = crawl(server, tmp_path, batch=77)
    assert result["status"] == "finished", result
    db = tmp_path / "foi.duckdb"
    assert rows(db, "SELECT extraction_status FROM attachments WHERE attachment_id = 'wdtk:5002:2'") == [("ok",)]
    assert rows(db, "SELECT count(*) FROM crawl_failures")[0][0] == 0
    assert server.hits()["faults"] == 2                      # both holding-page redirects were served...
    assert "attachment_mask" not in server.hits()["by_route"]   # ...and the holding page itself never fetched


def test_replay_list_all_redirects_to_list_dropping_the_query_as_rails_does(make_replay):
    import urllib.request

    server = make_replay()

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        opener.open(server.base_url + "/list/all?query=requested_from%3Ax")
        status, location = 200, None
    except urllib.error.HTTPError as exc:
        status, location = exc.code, exc.headers.get("Location")
    assert (status, location) == (301, "/list")


def test_dates_in_slices_use_alaveteli_day_month_year(spider):
    (req,) = list(spider._list_slice("barnet", date(2024, 2, 1), date(2024, 2, 29)))
    assert req.url.endswith("request_date_after=01%2F02%2F2024&request_date_before=29%2F02%2F2024")


def test_body_forbidden_by_the_tor_rule_fails_the_run_with_a_clear_message(tmp_path):
    from scrapy.utils.test import get_crawler

    from crawlers.spiders.whatdotheyknow import WhatDoTheyKnowSpider

    crawler = get_crawler(WhatDoTheyKnowSpider, {"FOI_DUCKDB": str(tmp_path / "w.duckdb"), "WDTK_BASE_URL": BASE})
    spider = WhatDoTheyKnowSpider.from_crawler(crawler, body="torbay_council")
    try:
        requests = [r for r in spider.start_requests() if r.url.endswith("/body/torbay_council")]
        (listing,) = requests
        assert not ROBOTS.can_fetch(listing.url, "foi-compare")
        assert getattr(spider, listing.meta["foi_on_failure"])(listing, "robots", "Forbidden by robots.txt") == []
        assert "Disallow: */tor*" in spider.fatal_error and "batch" in spider.fatal_error
    finally:
        spider.store.close()


def test_challenge_page_where_request_json_was_expected_is_recorded_as_challenge(spider):
    page = response("challenge_instead_of_json.html", "/request/x.json")
    assert list(spider.parse_request_json(page, url_title="x", batch_id=None)) == []   # nothing stored
    assert failure_kinds(spider) == ["challenge"]


@pytest.fixture(scope="module")
def member_bundle(tmp_path_factory):
    """The spider's own callbacks over the saved JSON and page: the bundle and its download queue."""
    from scrapy.utils.test import get_crawler

    from crawlers.spiders.whatdotheyknow import WhatDoTheyKnowSpider

    db = tmp_path_factory.mktemp("member") / "w.duckdb"
    crawler = get_crawler(WhatDoTheyKnowSpider, {"FOI_DUCKDB": str(db), "WDTK_BASE_URL": BASE})
    spider = WhatDoTheyKnowSpider.from_crawler(crawler, batch="4321")
    crawler.spider = spider
    try:
        (page_request,) = spider.parse_request_json(
            response("request_batch_member.json", "/request/laptops_and_tablets_purchased_2_12.json"),
            url_title="laptops_and_tablets_purchased_2_12", batch_id=4321)
        page = response("request_batch_member.html", "/request/laptops_and_tablets_purchased_2_12?unfold=1")
        (download,) = spider.parse_request_page(page, **page_request.cb_kwargs)
        yield download.cb_kwargs["bundle"], download.cb_kwargs["queue"], download
    finally:
        spider.store.close()


def test_spider_request_row_batch_and_calculated_state(member_bundle):
    (req,) = member_bundle[0].requests
    assert (req.request_id, req.batch_id, req.calculated_state, req.display_status) == (
        "wdtk:812345", 4321, "waiting_classification", "Awaiting classification")


def test_spider_request_text_is_the_initial_request_not_the_resent_note(member_bundle):
    assert member_bundle[0].requests[0].request_text.startswith("Dear London Borough of Barnet,")


def test_spider_one_message_per_message_id(member_bundle):
    assert sorted(m.message_id for m in member_bundle[0].messages) == [
        "wdtk:comment:77001", "wdtk:in:2210001", "wdtk:in:2210002", "wdtk:in:2210003", "wdtk:out:1190001"]


def test_spider_hidden_message_stored_without_text(member_bundle):
    hidden = next(m for m in member_bundle[0].messages if m.message_id == "wdtk:in:2210003")
    assert hidden.body_text is None


def test_spider_queues_the_visible_attachments_by_their_page_links(member_bundle):
    assert [(a.attachment_id, a.filename) for a in member_bundle[1]] == [
        ("wdtk:2210001:2", "FOI 12345 response.pdf"), ("wdtk:2210001:3", "Devices by year.xlsx"),
        ("wdtk:2210001:6", "Zoom and O365 licences.csv"), ("wdtk:2210002:1", "Cyber security software.docx")]


def test_spider_downloads_without_cookie_passthrough_and_handles_redirects_itself(member_bundle):
    download = member_bundle[2]
    assert "cookie_passthrough" not in download.url and download.meta["dont_redirect"]


def test_batch_id_from_the_subtitle_when_the_sidebar_is_absent():
    html = response("request_batch_member.html", "/request/x").text
    start = html.index('<div class="sidebar__section sidebar__part-of-batch">')
    end = html.index('<div class="sidebar__section sidebar__similar-requests">')
    page = parse_request_page(html[:start] + html[end:], BASE + "/request/x")
    assert page.batch_id == 4321


def test_a_batch_link_elsewhere_on_the_page_is_not_the_requests_batch():
    html = response("request_single_old.html", "/request/x").text.replace(
        "<p>Some of the data is exempt under section 43.</p>",
        '<p>See <a href="/info_request_batch/999">this other batch</a>.</p>')
    assert parse_request_page(html, BASE + "/request/x").batch_id is None


def test_replay_list_pagination_stops_at_the_cap_as_request_list_does(make_replay, monkeypatch):
    """request#list paginates over min(matches, 500) (`show_no_more_than`), so its last allowed page has no
    next link. With the cap lowered to 25 the tiny corpus (31 requests) shows it."""
    from parsel import Selector

    from replay.site import search

    monkeypatch.setattr(search, "MAX_RESULTS", 25)
    server = make_replay()

    def page(path):
        with urllib.request.urlopen(server.base_url + path) as resp:
            return Selector(resp.read().decode())

    listed = page("/list")
    assert len(listed.css("div.request_listing")) == 25 and not listed.css('a[rel~="next"]')
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(server.base_url + "/list?page=2")
    assert err.value.code == 404


def test_challenge_page_instead_of_the_request_page_stores_nothing(spider):
    spider.since = None
    (page_request,) = spider.parse_request_json(
        response("request_batch_member.json", "/request/laptops_and_tablets_purchased_2_12.json"),
        url_title="laptops_and_tablets_purchased_2_12", batch_id=None)
    challenge = response("challenge_instead_of_json.html", "/request/laptops_and_tablets_purchased_2_12?unfold=1")
    assert list(spider.parse_request_page(challenge, **page_request.cb_kwargs)) == []
    assert failure_kinds(spider) == ["challenge"]


def test_challenge_page_instead_of_a_listing_is_recorded(spider):
    challenge = response("challenge_instead_of_json.html", "/body/barnet")
    assert list(spider.parse_listing_page(challenge, kind="body", page=1, url_name="barnet")) == []
    assert failure_kinds(spider) == ["challenge"]


def test_a_real_request_page_mentioning_access_denied_is_not_taken_for_a_challenge(spider):
    spider.since = None
    (page_request,) = spider.parse_request_json(
        response("request_batch_member.json", "/request/laptops_and_tablets_purchased_2_12.json"),
        url_title="laptops_and_tablets_purchased_2_12", batch_id=None)
    page = response("request_batch_member.html", "/request/laptops_and_tablets_purchased_2_12?unfold=1")
    page = page.replace(body=page.body.replace(b"Thank you for your request", b"Access denied? No: thank you"))
    (download,) = spider.parse_request_page(page, **page_request.cb_kwargs)
    assert download.cb_kwargs["bundle"].requests and failure_kinds(spider) == []


def test_a_request_json_without_its_authority_sends_for_the_authority_json(tmp_path):
    """The request JSON normally carries its body's JSON (so /body/<name>.json is not fetched); when it does not,
    the spider asks for the body named in the page's subtitle, so that the authority is still stored."""
    import json as jsonlib

    from scrapy.utils.test import get_crawler

    from crawlers.spiders.whatdotheyknow import WhatDoTheyKnowSpider

    crawler = get_crawler(WhatDoTheyKnowSpider, {"FOI_DUCKDB": str(tmp_path / "w.duckdb"), "WDTK_BASE_URL": BASE})
    spider = WhatDoTheyKnowSpider.from_crawler(crawler, batch="4321")
    crawler.spider = spider
    try:
        saved = response("request_batch_member.json", "/request/laptops_and_tablets_purchased_2_12.json")
        data = jsonlib.loads(saved.body)
        assert data.pop("public_body")
        bare = saved.replace(body=jsonlib.dumps(data).encode())
        (page_request,) = spider.parse_request_json(bare, url_title="laptops_and_tablets_purchased_2_12",
                                                    batch_id=4321)
        page = response("request_batch_member.html", "/request/laptops_and_tablets_purchased_2_12?unfold=1")
        out = list(spider.parse_request_page(page, **page_request.cb_kwargs))
        assert BASE + "/body/barnet.json" in [r.url for r in out if hasattr(r, "url")]
        # with the body in the JSON (the normal case) no authority JSON is asked for
        spider._requested.discard(page.url)     # one request per URL per crawl: let the page be asked again
        (page_request,) = spider.parse_request_json(saved, url_title="laptops_and_tablets_purchased_2_12",
                                                    batch_id=4321)
        out = list(spider.parse_request_page(page, **page_request.cb_kwargs))
        assert not [r for r in out if hasattr(r, "url") and r.url.endswith("/body/barnet.json")]
    finally:
        spider.store.close()


def test_the_authority_named_in_the_subtitle():
    assert (BATCH_MEMBER.body_url_name, OLD_SINGLE.body_url_name) == ("barnet", "tfl")
