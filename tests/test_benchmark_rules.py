"""The benchmarks' own rules, on made-up inputs: the crawl-cost floor a site forces, and a quick run that does
not judge rate targets it is too small to measure."""

from __future__ import annotations

from benchmarks.__main__ import unjudged
from benchmarks.crawl_cost import site_floor

ROBOTS = "User-agent: *\nDisallow: */tor*\nDisallow: /search/\n"


def site(requests_per_body: dict[str, int], batch_members: int = 0, attachments: int = 0) -> dict:
    bodies, reqs, n = [], [], 0
    for i, (name, count) in enumerate(requests_per_body.items(), start=1):
        bodies.append({"id": i, "url_name": name, "tags": [["local_council", None]]})
        for _ in range(count):
            n += 1
            reqs.append({"id": n, "url_title": f"r{n}", "public_body_id": i, "prominence": "normal",
                         "info_request_batch_id": 7 if n <= batch_members else None,
                         "incoming_messages": [{"attachments": [{}] * (1 if n <= attachments else 0)}]})
    return {"public_bodies": bodies, "info_requests": reqs}


def test_the_floor_of_a_batch_counts_every_listing_page_also_on_a_recrawl():
    floor = site_floor(site({"barnet": 60}, batch_members=51, attachments=3), {"batch": 7}, ROBOTS, "http://x")
    # robots.txt + 3 pages of 25 + 2 × 51 + 3 attachments; a re-crawl: robots.txt + the 3 pages again
    assert floor == {"requests": 51, "attachments": 3, "listing_pages": 3, "first": 109, "recrawl": 4}


def test_the_floor_of_a_tag_pages_the_directory_and_each_body_and_skips_what_robots_forbids():
    floor = site_floor(site({"barnet": 30, "leeds": 0, "torbay": 5}), {"tag": "local_council"}, ROBOTS, "http://x")
    # directory 1 + barnet 2 pages + leeds 1 page (to learn it has none); torbay's pages are forbidden
    assert floor["listing_pages"] == 4 and floor["requests"] == 30
    assert floor["first"] == 1 + 4 + 60 and floor["recrawl"] == 1 + 1 + 2


def test_a_quick_run_of_a_rate_benchmark_judges_no_target():
    records = [{"name": "throughput", "target": "≥ 5×", "met": False, "note": "3.1×"},
               {"name": "info", "target": None, "met": None, "note": None}]
    out = unjudged(records)
    assert out[0]["met"] is None and "not judged at --quick sizes" in out[0]["note"]
    assert out[1] == records[1]
