"""What the disclosure-log parsers return: plain dataclasses, independent of Scrapy and of the warehouse."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class DocumentLink:
    url: str
    label: str | None = None         # as the log words it, e.g. "Response (all information to be supplied)"
    content_type: str | None = None  # as the log declares it, e.g. "application/pdf"
    name: str | None = None          # display name (from the URL's last segment); never used as a path


@dataclass
class EntryRecord:
    """One request as a log publishes it."""

    url: str                          # the page, file or dataset row it came from
    title: str | None = None
    reference: str | None = None      # the council's own reference
    received: date | None = None
    responded: date | None = None
    updated: date | None = None       # the newest "published"/"updated" date the log shows
    request_text: str | None = None
    response_text: str | None = None
    outcome_label: str | None = None  # the log's own words for the outcome (the reader decides what they mean)
    documents: list[DocumentLink] = field(default_factory=list)
    fingerprint: str | None = None    # sha256 of what the record was read from (a row, a listing entry)
    law: str | None = None            # "foi" / "eir" when the log says so


@dataclass
class ListingEntry:
    url: str                          # the request's page (directory) or its first document (documents)
    title: str
    marker: date | None = None        # newest date the listing shows for the entry: a change shows here
    record: EntryRecord | None = None  # set when the listing holds the whole entry (document lists, datasets)


@dataclass
class Listing:
    entries: list[ListingEntry] = field(default_factory=list)
    follow: list[str] = field(default_factory=list)  # more listing pages: next page, letters, categories, months
