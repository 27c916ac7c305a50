"""The replay site over real HTTP on 127.0.0.1, checked against shared/reference/alaveteli.md."""

from __future__ import annotations

import csv
import http.client
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit

import pytest
from lxml import etree
from parsel import Selector
from protego import Protego

from replay.server import ReplayServer
from replay.site.http import SiteResponse
from replay.site.tiny import build_tiny_corpus

ROOT = Path(__file__).resolve().parent.parent
REQUEST_KEYS = ["id", "url_title", "title", "created_at", "updated_at", "described_state", "display_status",
                "awaiting_description", "prominence", "law_used", "tags", "user", "public_body", "info_request_events"]
EVENT_KEYS = ["id", "event_type", "created_at", "described_state", "calculated_state", "last_described_at",
              "incoming_message_id", "outgoing_message_id", "comment_id"]
BODY_KEYS = ["id", "url_name", "name", "short_name", "created_at", "updated_at", "home_page", "notes",
             "publication_scheme", "disclosure_log", "tags", "info"]
INFO_KEYS = ["requests_count", "requests_successful_count", "requests_not_held_count", "requests_overdue_count",
             "requests_visible_classified_count"]
CSV_COLUMNS = ["Internal ID", "Name", "Short name", "URL name", "Tags", "Home page", "Publication scheme",
               "Disclosure log", "Notes", "Created at", "Updated at", "Version"]
REQ = "/request/remote_working_equipment"


def fetch(server: ReplayServer, path: str, headers: dict | None = None, method: str = "GET", body: bytes | None = None):
    """(status, headers, body) without following redirects."""
    conn = http.client.HTTPConnection(server.host, server.port, timeout=10)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.headers, resp.read()
    finally:
        conn.close()


def get_json(server, path):
    status, headers, body = fetch(server, path)
    assert status == 200, (path, status)
    assert headers["Content-Type"].startswith("application/json")
    return json.loads(body)


def get_html(server, path) -> Selector:
    status, headers, body = fetch(server, path)
    assert status == 200, (path, status)
    assert headers["Content-Type"].startswith("text/html")
    return Selector(text=body.decode("utf-8"))


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """A read-only tiny site shared by this module's tests that change nothing."""
    root = tmp_path_factory.mktemp("tiny")
    build_tiny_corpus(root)
    server = ReplayServer(root).start()
    yield server
    server.stop()


# --- JSON ------------------------------------------------------------------------------------------------------

def test_request_json_has_exactly_alaveteli_keys(tiny):
    data = get_json(tiny, REQ + ".json")
    assert list(data) == REQUEST_KEYS
    assert list(data["user"]) == ["id", "url_name", "name", "ban_text", "about_me"]
    assert list(data["public_body"]) == BODY_KEYS
    assert list(data["public_body"]["info"]) == INFO_KEYS
    assert "request_email" not in data["public_body"]
    assert data["display_status"] == "Successful" and data["described_state"] == "successful"
    events = data["info_request_events"]
    assert [e["id"] for e in events] == sorted(e["id"] for e in events)
    for ev in events:
        has_message = bool(ev["incoming_message_id"] or ev["outgoing_message_id"])
        assert list(ev) == EVENT_KEYS + (["display_status"] if has_message else [])
    by_type = {e["event_type"]: e for e in events}
    assert by_type["sent"]["display_status"] == "Clarification"      # Alaveteli's quirk for calculated waiting_response
    assert by_type["followup_sent"]["display_status"] == "Follow up"
    assert by_type["response"]["display_status"] == "Successful"
    assert "display_status" not in by_type["comment"]


def test_body_json_and_counts(tiny):
    data = get_json(tiny, "/body/barnet_borough_council.json")
    assert list(data) == BODY_KEYS and list(data["info"]) == INFO_KEYS
    assert data["id"] == 12 and ["gss", "E09000003"] in data["tags"]
    assert data["info"]["requests_count"] == 1 and data["info"]["requests_successful_count"] == 1
    leeds = get_json(tiny, "/body/leeds_city_council.json")
    assert leeds["info"]["requests_successful_count"] == 0


def test_user_json_and_page(tiny):
    assert get_json(tiny, "/user/jo_journalist.json") == {
        "id": 1, "url_name": "jo_journalist", "name": "Jo Journalist", "ban_text": "", "about_me": "Data reporter"}
    page = get_html(tiny, "/user/jo_journalist")
    assert len(page.css("div.request_listing")) == 25
    assert page.css("div.pagination a[rel=next]")


# --- the request page ----------------------------------------------------------------------------------------

def test_request_page_markup(tiny):
    page = get_html(tiny, REQ)
    assert page.css("title::text").get().strip() == ("Remote working equipment - a Freedom of Information request "
                                                     "to London Borough of Barnet - WhatDoTheyKnow")
    assert page.css("div.request-header h1::text").get() == "Remote working equipment"
    assert page.css('link[rel=alternate][type="application/json"]::attr(href)').getall()[-1].endswith(REQ + ".json")
    status = page.css("div#request_status.request-status-message")
    assert "request-status-message--successful" in status.attrib["class"]
    assert status.css("i.icon-standalone.icon_successful")
    subtitle = " ".join(page.css("p.request-header__subtitle *::text, p.request-header__subtitle::text").getall())
    assert "a batch sent to 30 authorities" in subtitle
    assert page.css("p.request-header__subtitle a[href='/info_request_batch/77']")
    assert page.css("div.sidebar__part-of-batch a[href='/info_request_batch/77']")

    incoming = page.css("div.incoming.correspondence#incoming-5001")
    assert incoming
    assert incoming.css("a.correspondence__header__date time::attr(datetime)").get() == "2021-10-12T15:00:00+01:00"
    assert "Jane Officer" in incoming.css("span.correspondence__header__author::text").get()
    att = incoming.css("div.correspondence_text li.attachment#attachment-9001")
    assert att.css("p.attachment__name::text").get().strip() == "laptops 2019 20.csv"
    links = att.css("p.attachment__meta a")
    assert [a.css("::text").get() for a in links] == ["View", "Download"]
    assert links[1].attrib["href"].endswith("/response/5001/attach/2/laptops%202019%2020.csv?cookie_passthrough=1")
    assert page.css("div.outgoing.correspondence#outgoing-7001 div.correspondence_text")
    assert page.css("div.outgoing.correspondence#outgoing-7900")
    comment = page.css("div.comment_in_request.box#comment-300")
    assert "left an annotation" in "".join(comment.css("h2 ::text").getall())
    assert "Useful figures" in comment.css("div.comment_in_request_text").get()
    # the correspondence is in event order
    ids = page.css("div#left_column > div::attr(id)").getall()
    assert ids == ["outgoing-7001", "incoming-5001", "outgoing-7900", "comment-300"]


def test_masking_like_alaveteli(tiny):
    text = "".join(get_html(tiny, REQ + "?unfold=1").css("div#incoming-5001 div.correspondence_text ::text").getall())
    for secret in ("jane.officer@barnet.gov.uk", "foi@barnet.gov.uk", "07700 900123", "a1b2c3d4"):
        assert secret not in text
    assert "[mobile number]" in text and "[email address]" in text
    assert "[London Borough of Barnet request email]" in text
    assert "[FOI #1 email]." in text
    outgoing = "".join(get_html(tiny, REQ).css("div#outgoing-7900 ::text").getall())
    assert "jo@example.com" not in outgoing and "[email address]" in outgoing


def test_quoted_sections_fold_unless_unfold(tiny):
    folded = get_html(tiny, REQ).css("div#incoming-5001")
    assert "Original Message" not in folded.get()
    assert folded.css("span.unfold_link a::text").get() == "show quoted sections"
    assert folded.css("span.unfold_link a::attr(href)").get() == "?unfold=1#incoming-5001"
    unfolded = get_html(tiny, REQ + "?unfold=1").css("div#incoming-5001")
    assert "Original Message" in unfolded.get()
    assert unfolded.css("span.unfold_link a::text").get() == "hide quoted sections"


def test_message_without_body_and_state_icon(tiny):
    page = get_html(tiny, "/request/remote_working_equipment_2")
    assert "[ Email has no body, please see attachments ]" in page.css("div#incoming-5002").get()
    assert page.css("div#request_status i.icon_rejected")


def test_numeric_request_and_event_redirects(tiny):
    status, headers, _ = fetch(tiny, "/request/1")
    assert status == 301 and headers["Location"] == REQ
    status, headers, _ = fetch(tiny, "/request/1.json")
    assert status == 301 and headers["Location"] == REQ + ".json"
    status, headers, _ = fetch(tiny, "/request_event/1900")
    assert status == 302 and headers["Location"] == REQ + "#incoming-5001"
    assert fetch(tiny, "/request/no_such_request")[0] == 404
    assert fetch(tiny, REQ + "/details")[0] == 200


# --- attachments ---------------------------------------------------------------------------------------------

def test_attachment_download_follows_page_links(tiny, tmp_path):
    page = get_html(tiny, REQ)
    href = page.css("li.attachment#attachment-9001 p.attachment__meta a")[1].attrib["href"]
    status, headers, body = fetch(tiny, href)
    assert status == 200
    assert headers["Content-Type"] == "text/csv"
    assert int(headers["Content-Length"]) == len(body)
    assert body == b"year,laptops,unit_cost\n2019-20,426,612.50\n"
    pdf_href = page.css("li.attachment#attachment-9002 p.attachment__meta a")[1].attrib["href"]
    status, headers, body = fetch(tiny, pdf_href)
    assert status == 200 and headers["Content-Type"] == "application/pdf" and body.startswith(b"%PDF")


def test_attachment_filename_rules(tiny):
    base = REQ + "/response/5001/attach/2/"
    status, headers, _ = fetch(tiny, base + "wrong.csv")
    assert status == 303 and headers["Location"] == REQ + "#incoming-5001"
    assert fetch(tiny, base)[0] == 403
    assert fetch(tiny, REQ + "/response/5001/attach/9/x.csv")[0] == 404
    status, headers, _ = fetch(tiny, "/request/1/response/5001/attach/2/laptops%202019%2020.csv")
    assert status == 301 and headers["Location"] == base + "laptops 2019 20.csv"


def test_attachment_masks_emails_in_text_and_html_view(tiny):
    status, _, body = fetch(tiny, "/request/remote_working_equipment_2/response/5002/attach/2/refusal.txt")
    assert status == 200
    assert b"foi@leeds.gov.uk" not in body and b"xxx@xxxxx.xxx.xx" in body
    view = get_html(tiny, "/request/remote_working_equipment_2/response/5002/attach/html/2/refusal.txt.html")
    assert "Section 31(3) applies" in view.get()


# --- bodies, batch, lists, search ----------------------------------------------------------------------------

def test_batch_page_listing_and_pagination(tiny):
    page = get_html(tiny, "/info_request_batch/77")
    assert page.css("title::text").get().strip() == "Remote working equipment - a batch request - WhatDoTheyKnow"
    intro = page.xpath("normalize-space(//div[@class='info_request_batch_intro'])").get()
    assert "Sent to 30 authorities by Jo Journalist on 1 October 2021." in intro
    listings = page.css("div.request_listing")
    assert len(listings) == 25
    first = listings[0]
    assert first.css("div.request_left span.head a::attr(href)").get() == REQ
    assert "Request sent to" in "".join(first.css("div.requester ::text").getall())
    assert first.css("i.icon-standalone.icon_successful")
    assert first.css("div.request_right span.desc")
    next_href = page.css("div.pagination a[rel=next]::attr(href)").get()
    assert next_href == "/info_request_batch/77?page=2"
    page2 = get_html(tiny, next_href)
    assert len(page2.css("div.request_listing")) == 5
    assert not page2.css("div.pagination a[rel=next]")
    assert fetch(tiny, "/info_request_batch/77.json")[0] == 406
    assert fetch(tiny, "/info_request_batch/999")[0] == 404


def test_body_pages_and_views(tiny):
    page = get_html(tiny, "/body/barnet_borough_council")
    listing = page.css("div.request_listing")
    assert len(listing) == 1
    # the body page shows the request's latest event: the annotation
    assert listing.css("span.head a::attr(href)").get() == REQ + "#comment-300"
    assert get_html(tiny, "/body/barnet_borough_council/all").css("div.request_listing")
    assert get_html(tiny, "/body/barnet_borough_council/successful").css("div.request_listing")
    assert not get_html(tiny, "/body/barnet_borough_council/unsuccessful").css("div.request_listing")
    assert get_html(tiny, "/body/leeds_city_council/unsuccessful").css("div.request_listing")
    assert get_html(tiny, "/body/council_number_005/awaiting").css("div.request_listing")
    assert fetch(tiny, "/body/barnet_borough_council?page=20")[0] == 200
    assert fetch(tiny, "/body/barnet_borough_council?page=21")[0] == 404
    assert fetch(tiny, "/body/nobody_here")[0] == 404


def test_body_lists_by_tag_machine_tag_and_letter(tiny):
    def names(path):
        return get_html(tiny, path).css("div.body_listing div.head a::text").getall()

    assert names("/body/list/gss:E09000003") == ["London Borough of Barnet"]
    assert names("/body/list/parish_council") == ["Parish Meeting of Nowhere"]
    assert "Leeds City Council" in names("/body/list/L")
    assert len(names("/body/list/local_council")) == 30
    assert len(names("/body/list/all")) == 31
    status, headers, _ = fetch(tiny, "/local/local_council")
    assert status == 301 and headers["Location"] == "/body/list/local_council"


def test_all_authorities_csv(tiny):
    status, headers, body = fetch(tiny, "/body/all-authorities.csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    assert list(rows[0]) == CSV_COLUMNS
    assert len(rows) == 31
    barnet = next(r for r in rows if r["URL name"] == "barnet_borough_council")
    assert barnet["Internal ID"] == "12"
    assert "gss:E09000003" in barnet["Tags"].split() and "local_council" in barnet["Tags"].split()
    assert barnet["Created at"] == "2008-01-01 00:00:00 +0000"
    assert "foi@barnet.gov.uk" not in body.decode()


def test_search_prefixes_and_cap(tiny):
    def titles(query, extra=""):
        page = get_html(tiny, f"/search/{quote(query)}/requests{extra}")
        return page.css("div.request_listing span.head a::attr(href)").getall()

    assert titles("requested_from:barnet_borough_council") == [REQ + "#comment-300"]
    assert titles("request_public_body_tag:parish_council") == ["/request/parish_laptops"]
    assert titles("tag:laptops") == ["/request/parish_laptops"]
    assert titles("tablet") == [REQ + "#outgoing-7900"]                 # free text over message text
    assert titles("01/11/2021..30/11/2021") == ["/request/parish_laptops"]
    assert titles("requested_from:barnet_borough_council requested_from:leeds_city_council", "/newest") == [
        "/request/remote_working_equipment_2#incoming-5002", REQ + "#comment-300"]  # same prefix: OR
    assert titles("requested_from:barnet_borough_council AND requested_from:leeds_city_council") == []
    assert len(get_html(tiny, "/search/laptops/requests").css("div.request_listing")) == 25
    assert fetch(tiny, "/search/laptops/requests?page=21")[0] == 404
    status, headers, _ = fetch(tiny, "/search?query=laptops")
    assert status == 302 and headers["Location"] == "/search/laptops/all"


def test_lists_with_dates_and_cap(tiny):
    page = get_html(tiny, "/list/successful")
    # listings show the request's latest matching event (here the annotation)
    assert page.css("div.request_listing span.head a::attr(href)").getall() == [REQ + "#comment-300"]
    dated = get_html(tiny, "/list?request_date_after=01/11/2021&request_date_before=30/11/2021")
    assert dated.css("div.request_listing span.head a::attr(href)").getall() == ["/request/parish_laptops"]
    assert len(get_html(tiny, "/list").css("div.request_listing")) == 25
    assert fetch(tiny, "/list?page=21")[0] == 404


# --- feeds -------------------------------------------------------------------------------------------------

def test_atom_and_json_feeds(tiny):
    status, headers, body = fetch(tiny, "/feed/body/barnet_borough_council")
    assert status == 200 and headers["Content-Type"].startswith("application/atom+xml")
    ns = {"a": "http://www.w3.org/2005/Atom"}
    root = etree.fromstring(body)
    entries = root.findall("a:entry", ns)
    assert [e.findtext("a:id", namespaces=ns) for e in entries] == [
        f"tag:www.whatdotheyknow.com,2005:InfoRequestEvent/{i}" for i in (1902, 1901, 1900, 1001)]
    assert entries[0].find("a:link", ns).get("href").endswith("/request_event/1902")
    assert "request_listing" in entries[0].findtext("a:content", namespaces=ns)

    items = get_json(tiny, "/feed/body/barnet_borough_council.json")
    assert [i["id"] for i in items] == [1902, 1901, 1900, 1001]
    response = items[2]
    assert list(response)[:9] == EVENT_KEYS
    assert {"display_status", "snippet", "info_request", "public_body", "user"} <= set(response)
    assert list(response["info_request"]) == REQUEST_KEYS[:11]
    assert "snippet" in items[0] and "display_status" not in items[0]
    assert get_json(tiny, "/feed/body/barnet_borough_council.json?page=2") == []
    assert [i["id"] for i in get_json(tiny, "/feed/body/barnet_borough_council.json?event_type=response")] == [1900]
    assert [i["id"] for i in get_json(tiny, REQ + "/feed.json")] == [1902, 1901, 1900, 1001]
    assert len(get_json(tiny, "/feed/search/laptops.json")) == 25
    assert [i["id"] for i in get_json(tiny, "/feed/list/successful.json")] == [1900]
    assert len(get_json(tiny, "/feed/list/recent.json?page=2")) == 6
    assert fetch(tiny, "/feed/user/jo_journalist")[0] == 200


# --- robots.txt ----------------------------------------------------------------------------------------------

def test_robots_txt_is_alaveteli_default(tiny):
    status, headers, body = fetch(tiny, "/robots.txt")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    rp = Protego.parse(body.decode())
    ua = "foi-compare"
    base = tiny.base_url
    for allowed in (REQ, REQ + ".json", "/body/barnet_borough_council", "/body/all-authorities.csv",
                    "/info_request_batch/77", "/body/list/local_council",
                    REQ + "/response/5001/attach/2/laptops%202019%2020.csv?cookie_passthrough=1"):
        assert rp.can_fetch(base + allowed, ua), allowed
    for denied in ("/search/laptops/requests", "/feed/body/barnet_borough_council",
                   "/feed/body/barnet_borough_council.json", REQ + "/feed", REQ + "/response/5001",
                   REQ + "/similar", REQ + "?update_status=1"):
        assert not rp.can_fetch(base + denied, ua), denied
    assert rp.crawl_delay(ua) is None


# --- caching -------------------------------------------------------------------------------------------------

def test_conditional_get_gives_304_counted_apart(make_replay):
    srv = make_replay()
    status, headers, body = fetch(srv, REQ + ".json")
    etag, last_modified = headers["ETag"], headers["Last-Modified"]
    assert status == 200 and etag and headers["Cache-Control"].startswith("max-age=")
    assert last_modified == "Thu, 14 Oct 2021 07:00:00 GMT"  # the request's updated_at
    srv.reset_hits()
    status, headers, body = fetch(srv, REQ + ".json", {"If-None-Match": etag})
    assert status == 304 and body == b"" and headers["ETag"] == etag
    assert fetch(srv, REQ + ".json", {"If-Modified-Since": last_modified})[0] == 304
    assert fetch(srv, REQ + ".json", {"If-Modified-Since": "Wed, 13 Oct 2021 07:00:00 GMT"})[0] == 200
    assert fetch(srv, REQ + ".json", {"If-None-Match": 'W/"other"'})[0] == 200
    hits = srv.hits()
    assert hits["total"] == 4 and hits["not_modified"] == 2
    assert hits["by_route"] == {"request_json": 2} and hits["not_modified_by_route"] == {"request_json": 2}
    for path in (REQ, "/body/barnet_borough_council", "/info_request_batch/77", "/body/all-authorities.csv",
                 "/feed/body/barnet_borough_council", REQ + "/response/5001/attach/2/laptops%202019%2020.csv"):
        status, headers, _ = fetch(srv, path)
        assert status == 200 and "ETag" in headers and "Last-Modified" in headers, path
        assert fetch(srv, path, {"If-None-Match": headers["ETag"]})[0] == 304, path


# --- faults --------------------------------------------------------------------------------------------------

def test_faults_429_503_500_redirect(make_replay):
    srv = make_replay()
    srv.set_fault(r"\.json$", "429", times=2, retry_after=7)
    for _ in range(2):
        status, headers, _ = fetch(srv, REQ + ".json")
        assert status == 429 and headers["Retry-After"] == "7"
    assert fetch(srv, REQ + ".json")[0] == 200
    srv.set_fault(r"^/body/", "503")
    assert fetch(srv, "/body/barnet_borough_council")[0] == 503
    assert fetch(srv, "/body/barnet_borough_council")[0] == 503
    srv.clear_faults()
    assert fetch(srv, "/body/barnet_borough_council")[0] == 200
    srv.set_fault("attach", "500", times=1)
    assert fetch(srv, REQ + "/response/5001/attach/2/laptops%202019%2020.csv")[0] == 500
    srv.set_fault("batch", "redirect_offsite", times=1)
    status, headers, _ = fetch(srv, "/info_request_batch/77")
    assert status == 302 and urlsplit(headers["Location"]).hostname not in ("127.0.0.1", "localhost")
    assert srv.hits()["faults"] == 6


def test_faults_slow_truncate_reset(make_replay):
    srv = make_replay()
    srv.set_fault("robots", "slow", times=1, seconds=0.3)
    started = time.monotonic()
    assert fetch(srv, "/robots.txt")[0] == 200
    assert time.monotonic() - started >= 0.3
    srv.set_fault(r"\.json", "truncate", times=1)
    with pytest.raises(http.client.IncompleteRead):
        fetch(srv, REQ + ".json")
    srv.set_fault(r"\.json", "reset", times=1)
    with pytest.raises((ConnectionError, http.client.RemoteDisconnected)):
        fetch(srv, REQ + ".json")
    assert fetch(srv, REQ + ".json")[0] == 200
    with pytest.raises(ValueError):
        srv.set_fault("x", "explode")


def test_control_api_over_http(make_replay):
    srv = make_replay()
    fetch(srv, REQ)
    status, _, body = fetch(srv, "/__replay__/hits")
    assert status == 200 and json.loads(body)["by_route"] == {"request_html": 1}
    fault = json.dumps({"path_regex": "^/request/", "kind": "503", "times": 1}).encode()
    status, _, body = fetch(srv, "/__replay__/faults", method="POST", body=fault,
                            headers={"Content-Type": "application/json"})
    assert status == 200 and json.loads(body)[0]["kind"] == "503"
    assert fetch(srv, REQ)[0] == 503
    assert fetch(srv, REQ)[0] == 200
    fetch(srv, "/__replay__/faults", method="POST", body=fault)
    assert fetch(srv, "/__replay__/faults", method="DELETE")[0] == 200
    assert fetch(srv, REQ)[0] == 200
    assert json.loads(fetch(srv, "/__replay__/reset", method="POST")[2])["total"] == 0
    assert fetch(srv, "/__replay__/nonsense")[0] == 404
    payload = json.dumps({"request_id": 3, "body": "Here are the figures: 12 laptops."}).encode()
    assert fetch(srv, "/__replay__/incoming", method="POST", body=payload)[0] == 200
    assert get_json(srv, "/request/remote_working_equipment_3.json")["awaiting_description"] is True


# --- incremental changes -----------------------------------------------------------------------------------

def test_add_incoming_message_changes_json_html_and_batch(make_replay):
    srv = make_replay()
    url = "/request/remote_working_equipment_5"
    before = get_json(srv, url + ".json")
    _, old_headers, _ = fetch(srv, url + ".json")
    assert get_html(srv, "/info_request_batch/77").css(f"span.head a[href='{url}']")
    msg = srv.add_incoming_message(5, "Dear Jo,\n\nWe bought 40 laptops. Call Mobile 07700 900999.\n",
                                   attachments=[("figures.csv", b"laptops,40\n", "text/csv")],
                                   sent_at="2021-10-20T09:30:00.000+01:00")
    after = get_json(srv, url + ".json")
    assert after["awaiting_description"] is True and after["display_status"] == "Awaiting classification"
    assert after["updated_at"] != before["updated_at"]
    new = after["info_request_events"][-1]
    assert new["event_type"] == "response" and new["incoming_message_id"] == msg["id"]
    assert new["display_status"] == "Response"
    assert fetch(srv, url + ".json", {"If-None-Match": old_headers["ETag"]})[0] == 200
    page = get_html(srv, url)
    assert page.css("div#request_status i.icon_waiting_classification")
    block = page.css(f"div.incoming.correspondence#incoming-{msg['id']}")
    text = "".join(block.css("::text").getall())
    assert "[mobile number]" in text and "07700" not in text
    href = block.css("li.attachment p.attachment__meta a::attr(href)").getall()[-1]
    assert fetch(srv, href)[2] == b"laptops,40\n"
    batch = get_html(srv, "/info_request_batch/77")
    item = [li for li in batch.css("div.request_listing") if li.css(f"span.head a[href='{url}']")][0]
    assert item.css("i.icon-standalone.icon_waiting_classification")
    body = get_html(srv, f"/body/{after['public_body']['url_name']}")
    assert body.css("span.head a::attr(href)").get() == f"{url}#incoming-{msg['id']}"
    with pytest.raises(KeyError):
        srv.add_incoming_message(424242, "nope")


def test_added_attachments_stay_out_of_the_corpus_dir(make_replay, tmp_path):
    root = tmp_path / "c"
    build_tiny_corpus(root)
    before = sorted(p for p in root.rglob("*"))
    srv = make_replay(root)
    srv.add_incoming_message(4, "see attached", attachments=[("a.txt", b"hello")])
    assert sorted(p for p in root.rglob("*")) == before


def test_overdue_states_follow_working_days(make_replay):
    from datetime import datetime, timezone

    srv = make_replay(now=datetime(2021, 10, 20, tzinfo=timezone.utc))
    assert get_json(srv, "/request/remote_working_equipment_4.json")["display_status"] == "Awaiting response"
    late = make_replay(now=datetime(2021, 11, 10, tzinfo=timezone.utc))
    assert get_json(late, "/request/remote_working_equipment_4.json")["display_status"] == "Delayed"
    later = make_replay(now=datetime(2022, 1, 10, tzinfo=timezone.utc))
    page = get_html(later, "/request/remote_working_equipment_4")
    assert page.css("div#request_status i.icon_waiting_response_very_overdue")


# --- mounted sites -----------------------------------------------------------------------------------------

def test_mount_hook_gets_conditional_get_and_hits(make_replay):
    srv = make_replay()
    seen = []

    def handler(request):
        seen.append(request)
        if request.path.endswith("/boom"):
            raise RuntimeError("broken imitation")
        return SiteResponse(200, {"Content-Type": "text/html; charset=utf-8",
                                  "Last-Modified": "Mon, 04 Oct 2021 10:00:00 GMT"},
                            f"<html>log page {request.query.get('page', '1')}</html>".encode())

    srv.mount("/disclosure-log/barnet", handler, name="disclosure_barnet")
    status, headers, body = fetch(srv, "/disclosure-log/barnet/list?page=2", {"X-Test": "1"})
    assert status == 200 and body == b"<html>log page 2</html>"
    assert seen[0].query == {"page": "2"} and seen[0].headers["x-test"] == "1"
    assert fetch(srv, "/disclosure-log/barnet/list?page=2", {"If-None-Match": headers["ETag"]})[0] == 304
    assert fetch(srv, "/disclosure-log/barnet/list", {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    assert fetch(srv, "/disclosure-log/barnet/boom")[0] == 500
    hits = srv.hits()
    assert hits["by_route"]["disclosure_barnet"] == 2 and hits["not_modified_by_route"]["disclosure_barnet"] == 2
    srv.set_fault("disclosure-log", "429", times=1)
    assert fetch(srv, "/disclosure-log/barnet/list")[0] == 429


def test_bad_corpus_gives_clear_error(tmp_path):
    from replay.site.corpus import CorpusError

    with pytest.raises(CorpusError, match="no site.json"):
        ReplayServer(tmp_path)
    (tmp_path / "site.json").write_text("{not json")
    with pytest.raises(CorpusError, match="not readable JSON"):
        ReplayServer(tmp_path)


# --- speed and the CLI ---------------------------------------------------------------------------------------

def test_keep_alive_throughput(tiny):
    conn = http.client.HTTPConnection(tiny.host, tiny.port, timeout=10)
    paths = [REQ + ".json", "/body/barnet_borough_council", "/info_request_batch/77", REQ]
    for p in paths:  # warm the render cache
        conn.request("GET", p)
        conn.getresponse().read()
    started = time.monotonic()
    n = 400
    for i in range(n):
        conn.request("GET", paths[i % len(paths)])
        resp = conn.getresponse()
        resp.read()
        assert resp.status == 200
    conn.close()
    rate = n / (time.monotonic() - started)
    assert rate > 300, f"only {rate:.0f} requests/s on one keep-alive connection"


def test_foi_replay_command_serves_and_stops(tmp_path):
    root = tmp_path / "corpus"
    build_tiny_corpus(root)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "foi", "replay", "--port", "0", "--corpus", str(root)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        first = proc.stdout.readline()
        assert "Serving 31 requests to 31 authorities" in first
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        parts = urlsplit(url)
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        conn.request("GET", "/robots.txt")
        assert conn.getresponse().status == 200
        conn.close()
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=10)
    assert proc.returncode == 0


def test_foi_replay_command_reports_missing_corpus(tmp_path):
    from click.testing import CliRunner

    from foi.cmd_replay import replay

    result = CliRunner().invoke(replay, ["--corpus", str(tmp_path / "nothing"), "--port", "0"])
    assert result.exit_code != 0 and "no site.json" in result.output


# --- the bundled demo corpus -----------------------------------------------------------------------------------

def test_bundled_corpus_serves_every_request(replay_server):
    corpus = replay_server.corpus
    for req in corpus.site["info_requests"]:
        if req.get("prominence", "normal") not in ("normal", "backpage"):
            continue
        data = get_json(replay_server, f"/request/{req['url_title']}.json")
        assert list(data)[:11] == REQUEST_KEYS[:11] and data["id"] == req["id"]
    for batch in corpus.site["info_request_batches"]:
        page = get_html(replay_server, f"/info_request_batch/{batch['id']}")
        intro = page.xpath("normalize-space(//div[@class='info_request_batch_intro'])").get()
        assert f"Sent to {len(corpus.by_batch[batch['id']])} authorities" in intro
        assert 0 < len(page.css("div.request_listing")) <= 25
    rows = list(csv.DictReader(io.StringIO(fetch(replay_server, "/body/all-authorities.csv")[2].decode())))
    assert list(rows[0]) == CSV_COLUMNS and len(rows) == len(corpus.site["public_bodies"])


def test_bundled_corpus_attachments_download_from_page_links(replay_server):
    corpus = replay_server.corpus
    checked = 0
    for req in corpus.site["info_requests"]:
        msgs = [m for m in req.get("incoming_messages", []) if m.get("attachments")]
        if not msgs or req.get("prominence", "normal") != "normal":
            continue
        page = get_html(replay_server, f"/request/{req['url_title']}")
        for msg in msgs:
            for att in msg["attachments"]:
                link = page.css(f"li.attachment#attachment-{att['id']} p.attachment__meta a")
                href = [a.attrib["href"] for a in link if a.css("::text").get() == "Download"][0]
                status, headers, body = fetch(replay_server, urljoin("/", href))
                assert status == 200, href
                assert headers["Content-Type"] == att["content_type"]
                assert int(headers["Content-Length"]) == len(body) == (corpus.root / att["file"]).stat().st_size
                checked += 1
        if checked >= 40:
            break
    assert checked > 0


def test_corpus_with_broken_record_gives_clear_error(tmp_path):
    from replay.site.corpus import CorpusError

    site = build_tiny_corpus(tmp_path)
    site["info_requests"][0]["public_body_id"] = 999999
    (tmp_path / "site.json").write_text(json.dumps(site))
    with pytest.raises(CorpusError, match="corpus format"):
        ReplayServer(tmp_path)


def test_the_disclosure_logs_are_mounted_and_a_broken_one_does_not_stop_the_replay(monkeypatch, tmp_path):
    from replay import disclosure_logs

    def mount_all(server):
        server.mount("/fake-log", lambda req: SiteResponse(200, {"Content-Type": "text/plain"}, b"log"), name="fake")

    monkeypatch.setattr(disclosure_logs, "mount_all", mount_all)
    root = tmp_path / "c"
    build_tiny_corpus(root)
    with ReplayServer(root) as srv:
        assert fetch(srv, "/fake-log/2021")[2] == b"log"
        assert srv.hits()["by_route"] == {"fake": 1}

    def broken(server):
        raise RuntimeError("no such council")

    monkeypatch.setattr(disclosure_logs, "mount_all", broken)
    with ReplayServer(root) as srv:   # the WhatDoTheyKnow replay still serves
        assert srv.mount_errors and "no such council" in srv.mount_errors[0]
        assert fetch(srv, REQ + ".json")[0] == 200


def test_binary_masking_leaves_pdf_streams_intact():
    from replay.site.text import mask_binary

    pdf = (b"%PDF-1.4\n1 0 obj <</Author (jo@example.org)>> endobj\n"
           b"2 0 obj <</Length 13>> stream\nS0gh@K.QJBkKm\nendstream endobj\n%%EOF")
    masked = mask_binary(pdf)
    assert b"S0gh@K.QJBkKm" in masked          # compressed bytes that merely look like an address
    assert b"jo@example.org" not in masked and b"xx@xxxxxxx.xxx" in masked
    assert len(masked) == len(pdf)
    assert mask_binary(b"write to jo@example.org") == b"write to xx@xxxxxxx.xxx"
