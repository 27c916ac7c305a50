"""Public bodies: `/body/<url_name>.json`, the `/body/list/<tag>` directory and `all-authorities.csv`."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import unquote, urlsplit

from crawlers.parsing.errors import ParseError, not_json
from crawlers.parsing.listing import next_page_url, selector
from crawlers.parsing.values import as_int, as_timestamp

_BODY_PATH = re.compile(r"^/body/([^/?#]+)/?$")
_NOT_BODIES = {"list", "all-authorities.csv", "all"}


@dataclass
class BodyRecord:
    url_name: str
    name: str
    wdtk_id: int | None = None
    short_name: str | None = None
    tags: list[str] = field(default_factory=list)   # 'name' or 'name:value'
    home_page: str | None = None
    publication_scheme: str | None = None
    disclosure_log: str | None = None
    notes: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    requests_count: int | None = None

    def tag_value(self, name: str) -> str | None:
        for t in self.tags:
            if t.startswith(name + ":"):
                return t.split(":", 1)[1]
        return None

    def has_tag(self, tag: str) -> bool:
        return tag in self.tags or (":" not in tag and any(t.split(":", 1)[0] == tag for t in self.tags))


def tag_strings(pairs: Any) -> list[str]:
    """`[[name, value|null], ...]` (JSON) to `['name', 'name:value']`."""
    out: list[str] = []
    if not isinstance(pairs, list):
        return out
    for pair in pairs:
        if isinstance(pair, list | tuple) and pair and isinstance(pair[0], str):
            value = pair[1] if len(pair) > 1 else None
            out.append(pair[0] if value in (None, "") else f"{pair[0]}:{value}")
        elif isinstance(pair, str):
            out.append(pair)
    return out


def body_from_json(data: Any) -> BodyRecord:
    """`PublicBody#json_for_api` (a dict already decoded) to a BodyRecord."""
    if not isinstance(data, dict) or not isinstance(data.get("url_name"), str) or not data.get("url_name"):
        raise ParseError("not a public body JSON object (no url_name)")
    info = data.get("info") if isinstance(data.get("info"), dict) else {}
    return BodyRecord(
        url_name=data["url_name"],
        name=str(data.get("name") or data["url_name"]),
        wdtk_id=as_int(data.get("id")),
        short_name=data.get("short_name") or None,
        tags=tag_strings(data.get("tags")),
        home_page=data.get("home_page") or None,
        publication_scheme=data.get("publication_scheme") or None,
        disclosure_log=data.get("disclosure_log") or None,
        notes=data.get("notes") or None,
        created_at=as_timestamp(data.get("created_at")),
        updated_at=as_timestamp(data.get("updated_at")),
        requests_count=as_int(info.get("requests_count")),
    )


def parse_body_json(text: str) -> BodyRecord:
    try:
        data = json.loads(text)
    except (ValueError, TypeError) as exc:
        raise ParseError(f"{not_json(text, 'body JSON')}: {exc}") from exc
    return body_from_json(data)


def parse_body_directory(html: str, page_url: str) -> tuple[list[str], str | None]:
    """`/body/list/<tag>`: the url_names listed on the page and the next page's URL."""
    sel = selector(html)
    scoped = sel.css(".body_listing a::attr(href)").getall()
    hrefs = scoped or sel.css("a::attr(href)").getall()
    names: list[str] = []
    for href in hrefs:
        path = unquote(urlsplit(href).path)
        m = _BODY_PATH.match(path)
        if m and m.group(1) not in _NOT_BODIES and m.group(1) not in names:
            names.append(m.group(1))
    return names, next_page_url(sel.root, page_url)


# Column names as Alaveteli writes them (lib/public_body_csv.rb); matched case-insensitively.
_CSV_COLUMNS = {
    "internal id": "wdtk_id", "name": "name", "short name": "short_name", "url name": "url_name", "tags": "tags",
    "home page": "home_page", "publication scheme": "publication_scheme", "disclosure log": "disclosure_log",
    "notes": "notes", "created at": "created_at", "updated at": "updated_at",
}


def parse_authorities_csv(text: str) -> list[BodyRecord]:
    """`all-authorities.csv`, old header (no Internal ID) or new: columns are mapped by name."""
    if not isinstance(text, str):
        raise ParseError("CSV text must be str")
    try:
        reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
        header = next(reader, None)
        if not header:
            return []
        keys = [_CSV_COLUMNS.get(h.strip().lower()) for h in header]
        if "url_name" not in keys:
            raise ParseError("all-authorities.csv has no 'URL name' column")
        out: list[BodyRecord] = []
        for cells in reader:
            rec = {k: v for k, v in zip(keys, cells) if k}
            if not rec.get("url_name"):
                continue
            out.append(BodyRecord(
                url_name=rec["url_name"].strip(),
                name=(rec.get("name") or rec["url_name"]).strip(),
                wdtk_id=as_int(rec.get("wdtk_id")),
                short_name=rec.get("short_name") or None,
                tags=(rec.get("tags") or "").split(),
                home_page=rec.get("home_page") or None,
                publication_scheme=rec.get("publication_scheme") or None,
                disclosure_log=rec.get("disclosure_log") or None,
                notes=rec.get("notes") or None,
                created_at=as_timestamp(rec.get("created_at")),
                updated_at=as_timestamp(rec.get("updated_at")),
            ))
        return out
    except csv.Error as exc:
        raise ParseError(f"unreadable CSV: {exc}") from exc
