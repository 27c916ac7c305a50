"""Disclosure logs published as datasets: Socrata-style JSON API pages (`$limit`/`$offset`) and CSV files.
Each row is one request; column names vary by council, so each of our fields has a list of names councils use
(override with the registry option `fields=title:subject,reference:foi_ref`).

Some councils publish the whole reply letter in one column instead of a request and a response: Camden's
"Freedom Of Information Responses Search" (opendata.camden.gov.uk, Socrata dataset fkj6-gqb4; columns
Identifier, Document Date, Document Title, Document Text, Document Link, Last Uploaded — API names
`identifier`, `document_date`, ... as public loaders of that dataset read them). Such a letter is split under
the headings the council writes ("You requested the following:-", "Our Response:"), and its "received on"
date read, so the reader sees the reply alone."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from datetime import date
from urllib.parse import urlencode, urlsplit, urlunsplit

from crawlers.disclosure.fields import parse_date
from crawlers.disclosure.records import DocumentLink, EntryRecord, Listing, ListingEntry
from crawlers.parsing import ParseError

FIELDS = {
    "reference": ("reference", "ref", "foi_reference", "request_reference", "case_reference", "identifier",
                  "request_id", "foi_ref", "case_ref", "id"),
    "title": ("title", "subject", "request_title", "summary", "request_subject", "document_title"),
    "received": ("date_received", "received", "received_date", "request_date", "date_requested", "date_created"),
    "responded": ("date_responded", "response_date", "responded", "date_of_response", "date_closed",
                  "closed_date", "date_response_sent", "document_date", "response_issued", "date_issued"),
    "updated": ("last_updated", "updated_at", "date_updated", "date_published", "published", "publication_date",
                "last_uploaded"),
    "request_text": ("request_text", "request", "request_details", "request_body", "description", "question",
                     "questions", "information_requested"),
    "response_text": ("response_text", "response", "answer", "response_body", "response_details",
                      "response_provided"),
    "outcome": ("outcome", "status", "decision", "result"),
    "exemptions": ("exemptions", "exemptions_applied", "exemption", "exemptions_exceptions"),
    "document": ("response_document", "document", "document_url", "attachment", "response_file", "link", "url",
                 "documents", "document_link", "response_files", "files"),
    "letter": ("document_text", "letter", "response_letter", "letter_text"),
}
DEFAULT_PAGE_SIZE = 1000
_NO_EXEMPTION = {"none", "n/a", "na", "nil", "-", "no", "none applied", "not applicable"}


def field_map(options: dict | None) -> dict[str, tuple[str, ...]]:
    """FIELDS with the registry's `fields=ours:theirs,...` put first."""
    out = dict(FIELDS)
    for pair in ((options or {}).get("fields") or "").split(","):
        ours, sep, theirs = pair.partition(":")
        if sep and ours.strip() in out and theirs.strip():
            out[ours.strip()] = (theirs.strip(),) + out[ours.strip()]
    return out


def column_name(name) -> str:
    """A column's name as FIELDS spells it: "Response Date" -> response_date, "Ref:" -> ref,
    "Exemptions/ Exceptions" -> exemptions_exceptions (North Devon's 2022 table heads its columns so)."""
    return re.sub(r"[^a-z0-9:]+", "_", str(name).strip().lower()).strip("_").rstrip(":")   # ":id" stays ":id"


def _get(row: dict, names: tuple[str, ...]):
    lowered = {column_name(k): v for k, v in row.items()}
    for name in names:
        value = lowered.get(name.lower())
        if value not in (None, ""):
            return value
    return None


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("description") or value.get("url") or ""
    text = str(value).replace("\r\n", "\n").strip()
    return text or None


def _documents(value, base_url: str) -> list[DocumentLink]:
    """A Socrata url column ({"url", "description"}), a list of them, or URLs in text."""
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        if isinstance(item, dict):
            url, label = item.get("url"), item.get("description")
        else:
            url, label = str(item).strip(), None
        if not url or urlsplit(str(url)).scheme not in ("http", "https"):
            continue
        name = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
        out.append(DocumentLink(url=str(url), label=label, name=label or name or None))
    return out


# A reply letter's parts as councils head them (Camden: "Thank you for your request for information, received
# on 21 July 2016." / "You requested the following:-" / "Our Response:"). A heading needs its colon, so prose
# that merely mentions "our response" is not taken for one.
_LETTER_REQUEST = re.compile(r"\b(?:you requested the following|you asked for the following|your request was)"
                             r"\s*(?::\s*-?|-)\s*", re.I)
_LETTER_REPLY = re.compile(r"(?:^|(?<=\s))(?:our\s+)?response\s*:\s*-?\s*", re.I | re.M)
_LETTER_RECEIVED = re.compile(r"\brequest for information,?\s+(?:that was\s+|which was\s+)?received\s+on\s+"
                              r"([^.;\n]{6,30})", re.I)


def read_letter(letter: str) -> tuple[date | None, str | None, str]:
    """(received, request, reply) of a reply letter published whole. Without a reply heading the whole letter is
    the reply (nothing lost; the reader decides); without a request heading there is no request text."""
    m = _LETTER_RECEIVED.search(letter)
    received = parse_date(m.group(1)) if m else None
    ask = _LETTER_REQUEST.search(letter)
    reply = _LETTER_REPLY.search(letter, ask.end() if ask else 0)
    if not reply:
        return received, None, letter
    request = letter[ask.end():reply.start()].strip() if ask else None
    return received, request or None, letter[reply.end():].strip() or letter


def record_from_row(row: dict, row_url: str, options: dict | None = None) -> EntryRecord:
    if not isinstance(row, dict):
        raise ParseError(f"dataset row is not an object: {str(row)[:80]!r}")
    names = field_map(options)
    rec = EntryRecord(url=row_url)
    rec.reference = _text(_get(row, names["reference"]))
    rec.title = _text(_get(row, names["title"]))
    rec.received = parse_date(_text(_get(row, names["received"])))
    rec.responded = parse_date(_text(_get(row, names["responded"])))
    rec.updated = parse_date(_text(_get(row, names["updated"])))
    rec.request_text = _text(_get(row, names["request_text"]))
    rec.response_text = _text(_get(row, names["response_text"]))
    rec.outcome_label = _text(_get(row, names["outcome"]))
    letter = _text(_get(row, names["letter"]))
    if letter and not (rec.request_text or rec.response_text):
        received, rec.request_text, rec.response_text = read_letter(letter)
        rec.received = rec.received or received
    # the dataset's own exemptions column goes to the reader with the reply's text
    listed = _text(_get(row, names["exemptions"]))
    if listed and listed.strip(" .").lower() in _NO_EXEMPTION:
        listed = None
    if listed and listed not in (rec.response_text or ""):
        rec.response_text = "\n\n".join(filter(None, [rec.response_text, f"Exemptions applied: {listed}"]))
    rec.documents = _documents(_get(row, names["document"]), row_url)
    rec.fingerprint = hashlib.sha256(json.dumps(row, sort_keys=True, default=str).encode("utf-8")).hexdigest()
    if not (rec.reference or rec.title):
        raise ParseError("dataset row has neither a reference nor a title")
    return rec


def _row_url(base: str, rec_key: str) -> str:
    return f"{base}#{rec_key}"


def entries_from_rows(rows: list, base: str, options: dict | None) -> tuple[list[ListingEntry], list[str]]:
    """Rows (dicts of column -> value) as listing entries keyed `<base>#<reference>`, and the rows that could not
    be read, each a problem with its reason."""
    entries, problems = [], []
    for i, row in enumerate(rows):
        if isinstance(row, dict) and (None in row or None in row.values()):
            # csv.DictReader files a ragged row's extra cells under None, and its missing ones as None
            extra = len(row.get(None) or [])
            problems.append(f"row {i + 1}: {'%d cell(s) more' % extra if extra else 'fewer cells'} than the header "
                            "has columns; the row was not read")
            continue
        try:
            key = None
            if isinstance(row, dict):
                key = row.get(":id") or _text(_get(row, field_map(options)["reference"]))
            rec = record_from_row(row, _row_url(base, str(key or f"row-{i}")), options)
        except (ParseError, TypeError, ValueError) as exc:   # a row of the wrong shape is that row's failure
            problems.append(f"row {i + 1}: {exc}")
            continue
        entries.append(ListingEntry(url=rec.url, title=rec.title or rec.reference or rec.url,
                                    marker=rec.updated, record=rec))
    return entries, problems


def _without_query(url: str) -> str:
    p = urlsplit(url)
    return urlunsplit((p.scheme, p.netloc, p.path, "", ""))


def socrata_page_url(resource_url: str, offset: int, page_size: int) -> str:
    return _without_query(resource_url) + "?" + urlencode({"$limit": page_size, "$offset": offset,
                                                           "$order": ":id"}, safe=":$")


def parse_socrata_page(body: bytes | str, page_url: str, offset: int, page_size: int,
                       options: dict | None = None) -> tuple[Listing, list[str]]:
    """One API page: its rows as entries, and the next page's URL when the page was full."""
    try:
        rows = json.loads(body)
    except (ValueError, TypeError) as exc:
        raise ParseError(f"dataset page is not JSON: {exc}") from exc
    if isinstance(rows, dict) and rows.get("error"):
        raise ParseError(f"the API answered an error: {str(rows.get('message'))[:200]}")
    if not isinstance(rows, list):
        raise ParseError("dataset page is not a JSON array of rows")
    base = _without_query(page_url)
    entries, problems = entries_from_rows(rows, base, options)
    listing = Listing(entries=entries)
    if len(rows) >= page_size:
        listing.follow.append(socrata_page_url(page_url, offset + page_size, page_size))
    return listing, problems


def parse_csv_log(body: bytes | str, url: str, options: dict | None = None) -> tuple[Listing, list[str]]:
    text = body.decode("utf-8-sig", "replace") if isinstance(body, bytes) else body.lstrip("\ufeff")
    try:
        rows = list(csv.DictReader(io.StringIO(text)))
    except csv.Error as exc:
        raise ParseError(f"unreadable CSV: {exc}") from exc
    entries, problems = entries_from_rows(rows, _without_query(url), options)
    return Listing(entries=entries), problems
