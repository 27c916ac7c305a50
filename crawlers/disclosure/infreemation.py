"""Infreemation, the FOI case system several councils publish their logs from: its API's published requests.

The shape is the one mySociety's client and fixtures document (github.com/mysociety/infreemation-ruby:
`lib/infreemation/request.rb`, `spec/fixtures/published_requests_response.json`, `spec/fixtures/error_*.json`,
and the `published_request` factory in Alaveteli's specs, whose public links look like
`http://foi.infreemation.co.uk/redirect/hackney?id=1`):

- the client POSTs JSON `{"rt": "published", "startdate": "YYYY-MM-DD", "enddate": "YYYY-MM-DD", "key": ...,
  "username": ...}` to `<api url>/foi/`;
- the answer is `{"published": {"request": [...], "type": "FOI", "generated": ...}}`, each request with `ref`,
  `datecreated`, `dateclosed`, `datepublished`, `status`, `outcome` ("Rejected - Exempt"), `subject`,
  `requestbody`, optional `url`, `exemptions: {"exemption": "S(21) - ..."}` (one or a list) and
  `history: {"response": [{"responsebody", "from": "authority"|"customer", "datetime"}]}` (one or a list, in any
  order);
- an error is `{"status": "ERROR", "ref": "<code>", "error": "API key is missing"}`.

The key and user name come from environment variables the registry line names (`key_env=`, `user_env=`); the
registry never holds a secret."""

from __future__ import annotations

import hashlib
import json
import os
import re
from datetime import date

from crawlers.disclosure.fields import parse_date
from crawlers.disclosure.records import EntryRecord, Listing, ListingEntry
from crawlers.parsing import ParseError

DEFAULT_SINCE = 2018


class NotConfigured(ValueError):
    """The registry line names an environment variable that is not set; the message says which."""


def _many(value) -> list:
    """The API gives one item as an object and several as a list."""
    if value is None or value == "":
        return []
    return value if isinstance(value, list) else [value]


def windows(options: dict, today: date | None = None) -> list[tuple[str, str]]:
    """(startdate, enddate) per calendar year from `since=<year>` (default 2018) to this year, newest first."""
    today = today or date.today()
    try:
        since = int(str(options.get("since") or DEFAULT_SINCE)[:4])
    except ValueError as exc:
        raise NotConfigured(f"since={options.get('since')!r} is not a year") from exc
    return [(f"{y}-01-01", min(date(y, 12, 31), today).isoformat()) for y in range(today.year, since - 1, -1)]


def request_body(options: dict, window: tuple[str, str], environ=os.environ) -> bytes:
    """The POST body for one window, with the key and user read from the environment variables named."""
    creds = {}
    for field, option in (("key", "key_env"), ("username", "user_env")):
        name = options.get(option)
        if not name:
            raise NotConfigured(f"the registry line needs {option}=<environment variable holding the API {field}>")
        if not environ.get(name):
            raise NotConfigured(f"set the environment variable {name} to the council's Infreemation API {field} "
                                "(ask the council's FOI team for read access to published requests)")
        creds[field] = environ[name]
    return json.dumps({"rt": "published", "startdate": window[0], "enddate": window[1], **creds}).encode("utf-8")


_SECTION = re.compile(r"\bS\s*\((\d+[A-Z]?)\)((?:\s*\(\w{1,3}\))*)", re.I)


def exemption_words(code: str) -> str:
    """Infreemation writes a section as "S(21)" or "S(40)(2)"; the text the reader gets says "section 21" so the
    reader (not this module) decides what was applied."""
    return _SECTION.sub(lambda m: f"section {m.group(1)}{re.sub(r'[ ]', '', m.group(2))}", code)


def record_from_request(item: dict, api_url: str, law: str | None) -> EntryRecord:
    if not isinstance(item, dict):
        raise ParseError(f"a published request is not an object: {str(item)[:80]!r}")
    ref = str(item.get("ref") or "").strip() or None
    title = str(item.get("subject") or "").strip() or None
    if not (ref or title):
        raise ParseError("a published request has neither a ref nor a subject")
    rec = EntryRecord(url=str(item.get("url") or "").strip() or f"{api_url}#{ref or title}")
    rec.reference, rec.title = ref, title
    rec.received = parse_date(item.get("datecreated"))
    rec.responded = parse_date(item.get("dateclosed"))
    rec.updated = parse_date(item.get("datepublished"))
    rec.request_text = str(item.get("requestbody") or "").strip() or None
    rec.outcome_label = str(item.get("outcome") or item.get("status") or "").strip() or None
    rec.law = str(item.get("type") or law or "").strip().lower() or None
    answers = [r for r in _many((item.get("history") or {}).get("response") if isinstance(item.get("history"), dict)
                                else None)
               if isinstance(r, dict) and str(r.get("from") or "").lower() == "authority" and r.get("responsebody")]
    # the history comes in any order; the authority's last message is its reply (the first is usually the
    # acknowledgement)
    answers.sort(key=lambda r: str(r.get("datetime") or ""))
    reply = str(answers[-1]["responsebody"]).strip() if answers else ""
    exemptions = [exemption_words(str(e)) for e in _many((item.get("exemptions") or {}).get("exemption")
                                                         if isinstance(item.get("exemptions"), dict) else None)]
    if exemptions:
        reply = "\n\n".join(filter(None, [reply, "Exemptions applied: " + "; ".join(exemptions)]))
    rec.response_text = reply or None
    if rec.responded is None and answers:
        rec.responded = parse_date(str(answers[-1].get("datetime") or ""))
    rec.fingerprint = hashlib.sha256(json.dumps(item, sort_keys=True, default=str).encode("utf-8")).hexdigest()
    return rec


def parse_published(body: bytes | str, api_url: str, options: dict | None = None) -> tuple[Listing, list[str]]:
    """One answer of the API: every published request as a listing entry holding its whole record."""
    try:
        data = json.loads(body)
    except (ValueError, TypeError) as exc:
        raise ParseError(f"the Infreemation API did not answer JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ParseError("the Infreemation API answered something other than an object")
    if str(data.get("status") or "").upper() == "ERROR" or "error" in data:
        raise ParseError(f"the Infreemation API answered error {data.get('ref')}: {str(data.get('error'))[:200]}")
    published = data.get("published")
    if not isinstance(published, dict):
        raise ParseError("the Infreemation answer has no 'published' object")
    entries, problems = [], []
    for i, item in enumerate(_many(published.get("request"))):
        try:
            rec = record_from_request(item, api_url, published.get("type"))
        except ParseError as exc:
            problems.append(f"request {i}: {exc}")
            continue
        entries.append(ListingEntry(url=rec.url, title=rec.title or rec.reference or rec.url,
                                    marker=rec.updated, record=rec))
    return Listing(entries=entries), problems
