"""Real crawls (`scrapy crawl whatdotheyknow` in a child process) against the replay on 127.0.0.1, into DuckDB
files in tmp_path: completeness, the arguments, incremental re-crawls and bad arguments."""

from __future__ import annotations

import json

import pytest

from tests.crawl_helpers import (content, corpus_site, crawl, emails_in_stored_text, expected_counts, rows,
                                 stored_counts)


@pytest.fixture
def tiny(make_replay, tmp_path):
    server = make_replay()
    return server, corpus_site(tmp_path / "tiny-corpus-0")   # where make_replay writes its tiny corpus


def _batch_id(site) -> int:
    return site["info_request_batches"][0]["id"]


def test_batch_crawl_stores_everything_then_recrawl_is_cheap_and_changes_nothing(tiny, tmp_path):
    server, site = tiny
    batch = _batch_id(site)
    first = crawl(server, tmp_path, batch=batch)
    assert first["status"] == "finished" and first["exit_code"] == 0, first
    db = tmp_path / "foi.duckdb"
    want = expected_counts(site, lambda r: r["info_request_batch_id"] == batch)
    assert stored_counts(db) == want
    assert (first["requests_stored"], first["messages_stored"], first["attachments_stored"]) == (
        want["requests"], want["messages"], want["attachments"])
    first_hits = server.hits()["total"]
    # ≤ 2 HTTP requests per FOI request + 1 per attachment (+ robots.txt and the batch's listing pages)
    listing_pages = -(-want["requests"] // 25)
    assert first_hits <= 2 * want["requests"] + want["attachments"] + listing_pages + 1
    assert first["http_requests"] == first_hits

    # every attachment has text, or a status that says why not
    for status, reason, text, sha, path in rows(db, "SELECT extraction_status, extraction_reason, text, sha256, "
                                                    "stored_path FROM attachments"):
        assert (status == "ok" and text) or (status != "ok" and reason), (status, reason)
        assert sha and path.endswith(sha)
    assert all((tmp_path / "files" / p).is_file() for (p,) in rows(db, "SELECT stored_path FROM attachments"))
    # people: requesters by public url_name only; no addresses in stored text
    assert {r for (r,) in rows(db, "SELECT DISTINCT requester FROM requests")} == {
        u["url_name"] for u in site["users"] if u["id"] in {r["user_id"] for r in site["info_requests"]
                                                             if r["info_request_batch_id"] == batch}}
    assert emails_in_stored_text(db) == []
    assert rows(db, "SELECT count(*) FROM requests WHERE batch_id = ?", [batch])[0][0] == want["requests"]
    # quoted sections are marked on the reply that quotes the request
    (spans, text), = rows(db, "SELECT quoted_spans, body_text FROM messages WHERE message_id = 'wdtk:in:5001'")
    assert text[spans[0][0]:].startswith("-----Original Message-----")
    assert rows(db, "SELECT count(*) FROM http_validators")[0][0] >= want["requests"]

    before = content(db)
    server.reset_hits()
    second = crawl(server, tmp_path, batch=batch)
    assert second["status"] == "finished"
    assert server.hits()["total"] <= 0.05 * first_hits
    assert content(db) == before
    assert rows(db, "SELECT count(*) FROM crawl_runs WHERE status = 'finished'")[0][0] == 2

    # a new response is picked up by the next crawl, with its attachment; nothing else is refetched
    server.add_incoming_message(3, "Dear Jo,\n\nWe bought 120 laptops. Call 020 8359 2000.\n\nRegards",
                                attachments=[("laptops.csv", b"year,laptops\n2019-20,120\n", "text/csv")])
    server.reset_hits()
    third = crawl(server, tmp_path, batch=batch)
    assert third["status"] == "finished" and third["requests_stored"] == 1
    assert stored_counts(db) == {k: v + (k != "requests") for k, v in want.items()}
    (state, body), = rows(db, "SELECT r.calculated_state, m.body_text FROM requests r JOIN messages m USING "
                              "(request_id) WHERE r.request_id = 'wdtk:3' AND m.direction = 'incoming'")
    assert state == "waiting_classification" and "120 laptops" in body and "8359" not in body
    assert rows(db, "SELECT text FROM attachments WHERE request_id = 'wdtk:3'")[0][0].startswith("year\tlaptops")
    assert server.hits()["total"] <= 3 + 2 + 1 + 1   # robots, listings, the request's JSON+page, the file


def test_body_crawl_and_since(tiny, tmp_path):
    server, site = tiny
    server.reset_hits()
    result = crawl(server, tmp_path, body="barnet_borough_council,leeds_city_council")
    assert result["status"] == "finished", result
    # each request's JSON carries its body's JSON: the bodies' own JSON is not fetched
    assert server.hits()["by_route"].get("body_json", 0) == 0
    db = tmp_path / "foi.duckdb"
    want = expected_counts(site, lambda r: r["public_body_id"] in (12, 13))
    assert stored_counts(db) == want
    assert {k for (k,) in rows(db, "SELECT authority_key FROM authorities")} >= {"BNE", "LDS"}
    (gss, tags, url_name), = rows(db, "SELECT gss_code, tags, wdtk_url_name FROM authorities WHERE authority_key='BNE'")
    assert gss == "E09000003" and "local_council" in tags and url_name == "barnet_borough_council"
    # again: the body pages' status classes and latest-message anchors show nothing new, so no request is fetched
    server.reset_hits()
    again = crawl(server, tmp_path, body="barnet_borough_council,leeds_city_council")
    assert again["status"] == "finished" and again["requests_stored"] == 0
    assert server.hits()["by_route"].get("request_json", 0) == 0
    # the bodies' listing pages are as they were, so their JSON is not asked for again
    assert server.hits()["by_route"].get("body_json", 0) == 0 and again["http_not_modified"] == 0
    # nothing happened at either body after 2021-10-25: a since-crawl into a new file stores no requests
    late = crawl(server, tmp_path, db="late.duckdb", body="barnet_borough_council,leeds_city_council",
                 since="2021-10-25")
    assert late["status"] == "finished" and stored_counts(tmp_path / "late.duckdb")["requests"] == 0
    # ...but both bodies are stored, from their own JSON, since no request brought them
    assert {k for (k,) in rows(tmp_path / "late.duckdb", "SELECT authority_key FROM authorities "
                                                          "WHERE source = 'whatdotheyknow'")} == {"BNE", "LDS"}
    early = crawl(server, tmp_path, db="early.duckdb", body="leeds_city_council", since="2021-10-15")
    assert early["status"] == "finished" and stored_counts(tmp_path / "early.duckdb")["requests"] == 1
    # a new reply at one body changes its listing: that request is fetched, and its JSON refreshes the body
    request_id = next(r["id"] for r in site["info_requests"] if r["public_body_id"] == 12)
    server.add_incoming_message(request_id, "Dear Jo,\n\nPlease find our answer attached.\n\nRegards")
    server.reset_hits()
    third = crawl(server, tmp_path, body="barnet_borough_council,leeds_city_council")
    assert third["status"] == "finished" and third["requests_stored"] == 1
    assert server.hits()["by_route"].get("body_json", 0) == 0


@pytest.mark.parametrize("tag, keep", [
    ("london_borough", lambda r: r["public_body_id"] == 12),
    ("gss:E08000035", lambda r: r["public_body_id"] == 13),
])
def test_tag_crawl(tiny, tmp_path, tag, keep):
    server, site = tiny
    result = crawl(server, tmp_path, tag=tag)
    assert result["status"] == "finished", result
    assert stored_counts(tmp_path / "foi.duckdb") == expected_counts(site, keep)


def test_tag_with_limit_stops_early(tiny, tmp_path):
    server, _ = tiny
    result = crawl(server, tmp_path, tag="local_council", limit=4)
    assert result["status"] == "finished" and stored_counts(tmp_path / "foi.duckdb")["requests"] == 4


def test_query_needs_the_search_opt_in(tiny, tmp_path):
    server, site = tiny
    refused = crawl(server, tmp_path, query="laptops")
    assert refused["status"] == "failed" and refused["exit_code"] != 0
    assert "WDTK_ALLOW_SEARCH" in refused["summary"]
    assert server.hits()["by_route"].get("search", 0) == 0
    allowed = crawl(server, tmp_path, query="parish laptops", settings={"WDTK_ALLOW_SEARCH": 1})
    assert allowed["status"] == "finished", allowed
    assert ("wdtk:500",) in rows(tmp_path / "foi.duckdb", "SELECT request_id FROM requests")


@pytest.mark.parametrize("args, kind, words", [
    ({"batch": 999}, "not_found", "batch 999 was not found"),
    ({"batch": 77, "since": "2021-31-01"}, "bad_argument", "YYYY-MM-DD"),
    ({"limit": 5}, "bad_argument", "say what to crawl"),
])
def test_bad_arguments_fail_clearly_and_are_recorded(tiny, tmp_path, args, kind, words):
    server, _ = tiny
    result = crawl(server, tmp_path, **args)
    assert result["status"] == "failed" and result["exit_code"] != 0
    assert words in result["summary"]
    assert rows(tmp_path / "foi.duckdb", "SELECT kind FROM crawl_failures") == [(kind,)]


# -- the bundled demo corpus (replay/corpus/): counts must match it exactly ---------------------------------
def _demo():
    from replay.site.corpus import BUNDLED

    return corpus_site(BUNDLED)


def test_demo_batch_crawl_matches_the_corpus(replay_server, tmp_path):
    site = _demo()
    batch = _batch_id(site)
    result = crawl(replay_server, tmp_path, batch=batch)
    assert result["status"] == "finished" and result["failures_by_kind"] == {}, result
    db = tmp_path / "foi.duckdb"
    want = expected_counts(site, lambda r: r["info_request_batch_id"] == batch)
    assert stored_counts(db) == want and want["attachments"] > 0
    assert result["http_requests"] <= 2 * want["requests"] + want["attachments"] + -(-want["requests"] // 25) + 1
    for status, reason, text in rows(db, "SELECT extraction_status, extraction_reason, text FROM attachments"):
        assert (status == "ok" and text) or (status != "ok" and reason)
    assert emails_in_stored_text(db) == []
    truth = {r["request_id"] for r in __import__("json").loads(
        (__import__("replay.site.corpus", fromlist=["BUNDLED"]).BUNDLED / "truth.json").read_text())["requests"]
        if r["in_batch"]}
    assert {int(r) for (r,) in rows(db, "SELECT source_request_id FROM requests")} == truth


def _barnet(site) -> dict:
    return next(b for b in site["public_bodies"] if ["gss", "E09000003"] in b["tags"])


@pytest.mark.parametrize("mode", ["body", "tag", "query"])
def test_demo_body_tag_and_query_crawls_match_the_corpus(replay_server, tmp_path, mode):
    site = _demo()
    barnet = _barnet(site)
    args = {"body": {"body": barnet["url_name"]}, "tag": {"tag": "gss:E09000003"},
            "query": {"query": f"requested_from:{barnet['url_name']}"}}[mode]
    result = crawl(replay_server, tmp_path, settings={"WDTK_ALLOW_SEARCH": 1}, **args)
    assert result["status"] == "finished" and result["failures_by_kind"] == {}, result
    want = expected_counts(site, lambda r: r["public_body_id"] == barnet["id"])
    assert want["requests"] <= 25 * 4   # within the search page cap, so the query can find them all
    assert stored_counts(tmp_path / "foi.duckdb") == want
    if mode != "query":
        assert rows(tmp_path / "foi.duckdb", "SELECT authority_key FROM authorities") == [("BNE",)]


def test_tag_falls_back_to_the_authorities_csv(tiny, tmp_path):
    server, site = tiny
    server.set_fault(r"^/body/list/", "500")
    result = crawl(server, tmp_path, tag="gss:E08000035")
    assert result["status"] == "finished", result
    assert result["failures_by_kind"] == {"http_5xx": 1}
    assert stored_counts(tmp_path / "foi.duckdb") == expected_counts(site, lambda r: r["public_body_id"] == 13)


def test_two_bodies_that_are_one_council_cost_nothing_extra_on_a_recrawl(make_replay, tmp_path):
    # WhatDoTheyKnow can list one council twice (a renamed or duplicate body); the register maps both to one
    # authorities row, which keeps one url_name. The other body's JSON must not be fetched on every re-crawl.
    from replay.site.tiny import build_tiny_corpus

    corpus = tmp_path / "twin"
    build_tiny_corpus(corpus)
    site = corpus_site(corpus)
    twin = next(b for b in site["public_bodies"] if b["url_name"] == "council_number_002")
    twin["tags"] = [["local_council", None], ["gss", "E09000003"]]   # Barnet's code
    for r in site["info_requests"]:   # an id the register does not know, so the GSS code decides
        if r["public_body_id"] == twin["id"]:
            r["public_body_id"] = 990002
    twin["id"] = 990002
    (corpus / "site.json").write_text(json.dumps(site), encoding="utf-8")
    server = make_replay(corpus)
    bodies = "barnet_borough_council,council_number_002"
    first = crawl(server, tmp_path, body=bodies)
    assert first["status"] == "finished" and first["requests_stored"] == 2, first
    assert rows(tmp_path / "foi.duckdb", "SELECT count(*) FROM authorities WHERE source = 'whatdotheyknow'")[0][0] == 1
    server.reset_hits()
    again = crawl(server, tmp_path, body=bodies)
    assert again["status"] == "finished" and again["requests_stored"] == 0
    assert server.hits()["by_route"] == {"robots": 1, "body_html": 2}
