"""What the spiders hand to the pipelines: plain dataclasses whose field names are the raw-layer columns
(warehouse/sql/raw.sql), so storing an item is `dataclasses.asdict` and nothing else."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from typing import Any


def row(item: Any) -> dict[str, Any]:
    """The item as a raw-layer row: only the fields that are columns (not the private `_` ones)."""
    return {f.name: getattr(item, f.name) for f in fields(item) if not f.name.startswith("_")}


@dataclass
class AuthorityItem:
    authority_key: str
    name: str
    source: str
    local_authority_code: str | None = None
    wdtk_id: int | None = None
    wdtk_url_name: str | None = None
    short_name: str | None = None
    gss_code: str | None = None
    authority_type: str | None = None
    authority_type_name: str | None = None
    nation: str | None = None
    region: str | None = None
    population: int | None = None
    tags: list[str] | None = None
    home_page: str | None = None
    disclosure_log_url: str | None = None
    disclosure_log_platform: str | None = None
    disclosure_log_terms: str | None = None
    requests_count: int | None = None
    source_url: str | None = None
    fetched_at: datetime | None = None
    content_sha256: str | None = None


@dataclass
class RequestItem:
    request_id: str
    source: str
    source_request_id: str | None = None
    url_title: str | None = None
    title: str | None = None
    authority_key: str | None = None
    wdtk_body_id: int | None = None
    batch_id: int | None = None
    requester: str | None = None  # the site's public url_name only
    created_at: datetime | None = None
    updated_at: datetime | None = None
    described_state: str | None = None
    calculated_state: str | None = None
    display_status: str | None = None
    awaiting_description: bool | None = None
    law_used: str | None = None
    prominence: str | None = None
    tags: list[str] | None = None
    council_reference: str | None = None
    request_text: str | None = None
    received_at: datetime | None = None
    responded_at: datetime | None = None
    last_event_id: int | None = None
    linked_request_id: str | None = None
    source_url: str | None = None
    fetched_at: datetime | None = None
    content_sha256: str | None = None


@dataclass
class MessageItem:
    message_id: str
    request_id: str
    direction: str  # incoming | outgoing | annotation
    source_message_id: int | None = None
    event_id: int | None = None
    sent_at: datetime | None = None
    from_name: str | None = None
    body_text: str | None = None
    quoted_spans: list[list[int]] | None = None
    display_status: str | None = None
    source_url: str | None = None
    fetched_at: datetime | None = None
    content_sha256: str | None = None


@dataclass
class AttachmentItem:
    attachment_id: str
    request_id: str
    message_id: str | None = None
    parent_attachment_id: str | None = None
    url_part_number: int | None = None
    filename: str | None = None
    content_type: str | None = None
    detected_type: str | None = None
    size_bytes: int | None = None
    sha256: str | None = None
    stored_path: str | None = None
    text: str | None = None
    extraction_status: str | None = None
    extraction_reason: str | None = None
    extractor: str | None = None
    pages: int | None = None
    source_url: str | None = None
    fetched_at: datetime | None = None
    # The downloaded bytes travel with the item to the pipeline, which stores and extracts them; never a column.
    _data: bytes | None = field(default=None, repr=False)


@dataclass
class ValidatorItem:
    """ETag / Last-Modified of a page whose content has been stored, for conditional GETs next time."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    content_sha256: str | None = None
    fetched_at: datetime | None = None


@dataclass
class RecordBundle:
    """Everything harvested for one request, stored in one transaction: a stored request row therefore always
    comes with its messages and attachments, which is what makes skipping it on the next crawl safe."""

    key: str
    authorities: list[AuthorityItem] = field(default_factory=list)
    requests: list[RequestItem] = field(default_factory=list)
    messages: list[MessageItem] = field(default_factory=list)
    attachments: list[AttachmentItem] = field(default_factory=list)
    validators: list[ValidatorItem] = field(default_factory=list)


@dataclass
class FailureItem:
    url: str | None
    kind: str
    detail: str | None = None
    request_id: str | None = None


TABLE_OF = {
    AuthorityItem: "authorities",
    RequestItem: "requests",
    MessageItem: "messages",
    AttachmentItem: "attachments",
    ValidatorItem: "http_validators",
}

__all__ = [
    "AttachmentItem",
    "AuthorityItem",
    "FailureItem",
    "MessageItem",
    "RecordBundle",
    "RequestItem",
    "TABLE_OF",
    "ValidatorItem",
    "asdict",
    "row",
]
