"""The baseline for crawl throughput: the sequential script a journalist might write with requests + parsel.

It fetches the same pages the spider does for `tag=<tag>` (the body directory, each body's JSON and request
listing, each request's JSON and `?unfold=1` page, each attachment), extracts attachment text with the same
`documents.extract_text` (so the comparison is about fetching and storing, not the PDF reader), and
inserts into the same raw tables one row per INSERT, each committed on its own, as a naive script would.
It is deliberately plain, not deliberately slow: one keep-alive session, no sleeps.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urljoin

import requests
from parsel import Selector

from warehouse import db as wdb
from documents import extract_text
from documents.files import store_file

_PART = re.compile(r"/attach/(\d+)/")


def _pages(session: requests.Session, url: str):
    while url:
        resp = session.get(url, timeout=30)
        resp.raise_for_status()
        sel = Selector(text=resp.text)
        yield sel
        nxt = sel.css('a[rel~="next"]::attr(href)').get()
        url = urljoin(url, nxt) if nxt else None


def harvest_tag(base_url: str, tag: str, db_file: Path, files_dir: Path, progress=None) -> dict[str, int]:
    session = requests.Session()
    con = wdb.connect(db_file)
    counts = {"requests": 0, "messages": 0, "attachments": 0, "http": 0}
    now = lambda: datetime.now(timezone.utc)  # noqa: E731
    bodies: list[str] = []
    for sel in _pages(session, f"{base_url}/body/list/{tag}"):
        counts["http"] += 1
        bodies += [h.rstrip("/").rsplit("/", 1)[-1] for h in sel.css(".body_listing .head a::attr(href)").getall()]
    for url_name in bodies:
        body = session.get(f"{base_url}/body/{url_name}.json", timeout=30).json()
        counts["http"] += 1
        con.execute("INSERT INTO authorities (authority_key, wdtk_id, wdtk_url_name, name, short_name, source, "
                    "fetched_at) VALUES (?, ?, ?, ?, ?, 'whatdotheyknow', ?) ON CONFLICT DO NOTHING",
                    [f"wdtk:{body['id']}", body["id"], body["url_name"], body["name"], body.get("short_name"), now()])
        titles = []
        for sel in _pages(session, f"{base_url}/body/{url_name}"):
            counts["http"] += 1
            for href in sel.css(".request_listing .head a::attr(href)").getall():
                titles.append(href.split("#")[0].rstrip("/").rsplit("/", 1)[-1])
        for url_title in titles:
            _harvest_request(session, con, base_url, url_title, files_dir, counts, now)
            if progress and counts["requests"] % 1000 == 0:
                progress(f"baseline: {counts['requests']} requests stored")
    con.close()
    return counts


def _harvest_request(session, con, base_url, url_title, files_dir, counts, now) -> None:
    resp = session.get(f"{base_url}/request/{url_title}.json", timeout=30)
    counts["http"] += 1
    rj = resp.json()
    rid = f"wdtk:{rj['id']}"
    con.execute(
        "INSERT INTO requests (request_id, source, source_request_id, url_title, title, wdtk_body_id, "
        "described_state, created_at, updated_at, source_url, fetched_at, content_sha256) "
        "VALUES (?, 'whatdotheyknow', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [rid, str(rj["id"]), rj["url_title"], rj["title"], (rj.get("public_body") or {}).get("id"),
         rj.get("described_state"), rj.get("created_at"), rj.get("updated_at"), resp.url, now(),
         hashlib.sha256(resp.content).hexdigest()])
    counts["requests"] += 1
    page_url = f"{base_url}/request/{url_title}?unfold=1"
    page = session.get(page_url, timeout=30)
    counts["http"] += 1
    sel = Selector(text=page.text)
    for block in sel.css("div.correspondence[id], div.comment_in_request[id]"):
        kind, _, num = block.attrib["id"].partition("-")
        prefix = {"incoming": "in", "outgoing": "out", "comment": "comment"}.get(kind)
        if prefix is None or not num.isdigit():
            continue
        mid = f"wdtk:{prefix}:{num}"
        text = "\n".join(t.strip() for t in block.css(
            ".correspondence_text > div[id^='attachment-'] ::text, .correspondence_text > div:not([class]) ::text, "
            ".comment_in_request_text ::text").getall() if t.strip())
        con.execute(
            "INSERT INTO messages (message_id, request_id, direction, source_message_id, sent_at, from_name, "
            "body_text, source_url, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [mid, rid, {"comment": "annotation"}.get(kind, kind), int(num),
             block.css("time::attr(datetime)").get(),
             " ".join((block.css(".correspondence__header__author::text").get() or "").split()) or None,
             text, f"{page_url}#{kind}-{num}", now()])
        counts["messages"] += 1
        if kind != "incoming":
            continue
        for att in block.css("li.attachment"):
            href = att.xpath(".//p[contains(@class, 'attachment__meta')]/a[contains(., 'Download')]/@href").get() \
                or att.css("a::attr(href)").get()
            if not href:
                continue
            url = urljoin(page_url, href)
            part = _PART.search(url)
            data = session.get(url, timeout=60)
            counts["http"] += 1
            name = " ".join((att.css(".attachment__name::text").get() or "").split())
            ctype = (data.headers.get("Content-Type") or "").split(";")[0] or None
            result = extract_text(data.content, name, ctype)
            stored = store_file(files_dir, data.content)
            con.execute(
                "INSERT INTO attachments (attachment_id, message_id, request_id, url_part_number, filename, "
                "content_type, detected_type, size_bytes, sha256, stored_path, text, extraction_status, "
                "extraction_reason, extractor, pages, source_url, fetched_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                [f"wdtk:{num}:{part.group(1) if part else 0}", mid, rid, int(part.group(1)) if part else None, name,
                 ctype, result.detected_type, len(data.content), hashlib.sha256(data.content).hexdigest(),
                 str(stored), result.text, result.status, result.reason, result.extractor, result.pages, url, now()])
            counts["attachments"] += 1
