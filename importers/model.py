"""What every reader of an import source hands to the writer: requests with their messages and attachments, in
the raw layer's shape (warehouse/sql/raw.sql), plus the problems met on the way.

The bytes of an attachment travel with it until the writer has stored and read them; nothing here touches the
warehouse."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

SOURCES = ("mailbox", "wdtk_export", "folder")


@dataclass
class Problem:
    """Something in the source that could not be imported as it was: recorded with its reason, never fatal."""
    where: str            # the source address: a file path, mbox#n, a Message-ID, a zip member
    kind: str             # import_unreadable | import_malformed | import_too_large | import_unmatched | ...
    detail: str
    request_id: str | None = None


@dataclass
class ImportedAttachment:
    part: int                         # url_part_number: the MIME part's place in the message (1 is the body)
    filename: str | None
    content_type: str | None
    data: bytes | None = field(default=None, repr=False)
    refused: str | None = None        # why the bytes were not kept (too large), set instead of data
    parent_part: int | None = None    # set when unpacked from another attachment
    source_url: str | None = None


@dataclass
class ImportedMessage:
    key: str                          # stable within its source: a hash of the Message-ID, a file or zip member
    direction: str                    # incoming | outgoing
    sent_at: datetime | None
    from_name: str | None
    body_text: str | None             # as received; the writer redacts and finds quoted spans
    source_url: str | None
    content_sha256: str
    attachments: list[ImportedAttachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)


@dataclass
class CouncilMatch:
    authority_key: str | None         # the register's local-authority-code, or None when nothing matched
    method: str | None                # sender_domain | domain_name | signature | recipient_domain | mapping | ...
    evidence: str | None              # the domain or the words the match was made on (never an address)
    sender_domain: str | None = None


@dataclass
class ImportedRequest:
    request_id: str
    source: str                       # one of SOURCES
    title: str | None
    request_text: str | None          # the requester's own request, as sent (or as quoted back when not found)
    match: CouncilMatch
    messages: list[ImportedMessage]
    source_url: str | None = None
    source_request_id: str | None = None
    url_title: str | None = None
    council_reference: str | None = None
    created_at: datetime | None = None
    display_status: str | None = None
    batch_id: int | None = None             # a WhatDoTheyKnow batch, when the export names one
    request_text_from: str | None = None   # 'outgoing' | 'quoted' | 'export' | None: where request_text came from
