-- Raw layer: what was harvested, as harvested. Crawls upsert here; nothing else edits these tables.
-- Every row keeps the URL it came from, when it was fetched and the sha256 of the bytes it was parsed from.
-- Keys are text so that WhatDoTheyKnow and disclosure-log rows share one key space:
--   requests.request_id   'wdtk:<numeric id>'            | 'dl:<local-authority-code>:<council reference>'
--   messages.message_id   'wdtk:in:<incoming id>' / 'wdtk:out:<outgoing id>' / 'wdtk:comment:<id>' | 'dl:...'
--   attachments.attachment_id 'wdtk:<incoming id>:<url part number>' | 'dl:...'; zip members add '/<member index>'
--   authorities.authority_key  the mySociety local-authority-code (e.g. 'BNE') when known, else 'wdtk:<body id>'

CREATE TABLE IF NOT EXISTS authorities (
    authority_key        VARCHAR PRIMARY KEY,
    local_authority_code VARCHAR,          -- mySociety register code, NULL for non-councils
    wdtk_id              BIGINT,           -- WhatDoTheyKnow public body id
    wdtk_url_name        VARCHAR,
    name                 VARCHAR NOT NULL,
    short_name           VARCHAR,
    gss_code             VARCHAR,
    authority_type       VARCHAR,          -- register's local-authority-type (LBO, NMD, UTA, CTY, MD, ...)
    authority_type_name  VARCHAR,
    nation               VARCHAR,
    region               VARCHAR,
    population           BIGINT,           -- register pop-2020; NULL when unknown (never 0)
    tags                 VARCHAR[],        -- WhatDoTheyKnow tags as 'name' or 'name:value'
    home_page            VARCHAR,
    disclosure_log_url   VARCHAR,
    disclosure_log_platform VARCHAR,
    disclosure_log_terms VARCHAR,
    requests_count       BIGINT,           -- body JSON info.requests_count at fetch time
    source               VARCHAR NOT NULL, -- 'whatdotheyknow' | 'register' | 'disclosure_log'
    source_url           VARCHAR,
    fetched_at           TIMESTAMPTZ,
    content_sha256       VARCHAR
);

CREATE TABLE IF NOT EXISTS requests (
    request_id           VARCHAR PRIMARY KEY,
    source               VARCHAR NOT NULL, -- 'whatdotheyknow' | 'disclosure_log' | imported: 'mailbox' | 'wdtk_export' | 'folder'
    source_request_id    VARCHAR,          -- WDTK numeric id, or the council's own reference
    url_title            VARCHAR,
    title                VARCHAR,
    authority_key        VARCHAR,
    wdtk_body_id         BIGINT,
    batch_id             BIGINT,           -- WDTK info_request_batch id, scraped from the request page
    requester            VARCHAR,          -- the site's public url_name only, never an e-mail address
    created_at           TIMESTAMPTZ,
    updated_at           TIMESTAMPTZ,
    described_state      VARCHAR,          -- as set by WDTK users; evidence, not truth
    calculated_state     VARCHAR,          -- from the request page's icon_<state> class (includes overdue)
    display_status       VARCHAR,
    awaiting_description BOOLEAN,
    law_used             VARCHAR,          -- 'foi' | 'eir'
    prominence           VARCHAR,
    tags                 VARCHAR[],
    council_reference    VARCHAR,
    request_text         VARCHAR,          -- the initial request as sent
    received_at          TIMESTAMPTZ,      -- disclosure logs: date received by the council
    responded_at         TIMESTAMPTZ,      -- disclosure logs: date of response
    last_event_id        BIGINT,           -- highest WDTK event id seen; drives incremental crawls
    linked_request_id    VARCHAR,          -- the same request seen in the other source
    source_url           VARCHAR,
    fetched_at           TIMESTAMPTZ,
    content_sha256       VARCHAR
);

CREATE TABLE IF NOT EXISTS messages (
    message_id           VARCHAR PRIMARY KEY,
    request_id           VARCHAR NOT NULL,
    direction            VARCHAR NOT NULL, -- 'incoming' (from the authority) | 'outgoing' (requester) | 'annotation'
    source_message_id    BIGINT,
    event_id             BIGINT,
    sent_at              TIMESTAMPTZ,
    from_name            VARCHAR,
    body_text            VARCHAR,          -- full text, quoted sections included, e-mails/phones redacted
    quoted_spans         INTEGER[][],      -- [[start, end], ...] character offsets of quoted earlier text
    display_status       VARCHAR,
    source_url           VARCHAR,
    fetched_at           TIMESTAMPTZ,
    content_sha256       VARCHAR
);

CREATE TABLE IF NOT EXISTS attachments (
    attachment_id        VARCHAR PRIMARY KEY,
    message_id           VARCHAR,
    request_id           VARCHAR NOT NULL,
    parent_attachment_id VARCHAR,          -- set for files unpacked from a ZIP or an attached e-mail
    url_part_number      INTEGER,
    filename             VARCHAR,          -- display name as the site gave it; never used as a path
    content_type         VARCHAR,          -- declared by the server
    detected_type        VARCHAR,          -- what the bytes turned out to be
    size_bytes           BIGINT,
    sha256               VARCHAR,          -- of the bytes; also the stored file name under FOI_FILES_DIR
    stored_path          VARCHAR,          -- relative to FOI_FILES_DIR
    text                 VARCHAR,
    extraction_status    VARCHAR,          -- ok | empty | needs_ocr | unsupported | failed | not_fetched
    extraction_reason    VARCHAR,
    extractor            VARCHAR,
    pages                INTEGER,
    source_url           VARCHAR,
    fetched_at           TIMESTAMPTZ
);

-- How `foi import` (importers/) decided which council each imported request is from, so a reader can check it:
-- method sender_domain | domain_name | signature | thread | letterhead | recipient_domain | mapping | wdtk_export |
-- folder_csv,
-- NULL when nothing matched (the request is listed for the user's CSV). Never an e-mail address.
CREATE TABLE IF NOT EXISTS authority_matches (
    request_id           VARCHAR PRIMARY KEY,
    authority_key        VARCHAR,
    method               VARCHAR,
    evidence             VARCHAR,          -- the domain or the words the match was made on
    sender_domain        VARCHAR,
    request_text_from    VARCHAR,          -- outgoing (the requester's own message) | quoted (as the reply quoted it) | export
    matched_at           TIMESTAMPTZ
);

CREATE TABLE IF NOT EXISTS crawl_runs (
    run_id               VARCHAR PRIMARY KEY,
    spider               VARCHAR NOT NULL,
    started_at           TIMESTAMPTZ NOT NULL,
    finished_at          TIMESTAMPTZ,
    status               VARCHAR,          -- running | finished | interrupted | failed
    arguments            JSON,
    base_url             VARCHAR,
    http_requests        BIGINT,
    http_not_modified    BIGINT,
    requests_stored      BIGINT,
    messages_stored      BIGINT,
    attachments_stored   BIGINT,
    texts_extracted      BIGINT,
    failures             BIGINT,
    failures_by_kind     JSON,
    summary              VARCHAR
);

CREATE TABLE IF NOT EXISTS crawl_failures (
    run_id               VARCHAR NOT NULL,
    url                  VARCHAR,
    kind                 VARCHAR NOT NULL, -- http_429 | http_5xx | timeout | truncated | robots | offsite | parse | ...
    detail               VARCHAR,
    request_id           VARCHAR,
    occurred_at          TIMESTAMPTZ NOT NULL
);

-- Conditional-GET memory: lets a re-crawl send If-None-Match / If-Modified-Since.
CREATE TABLE IF NOT EXISTS http_validators (
    url                  VARCHAR PRIMARY KEY,
    etag                 VARCHAR,
    last_modified        VARCHAR,
    content_sha256       VARCHAR,
    fetched_at           TIMESTAMPTZ
);

-- What the data in this warehouse is, said once by whoever filled it (`foi demo` writes data_source: the
-- bundled demo corpus is invented replies to a real questionnaire). The report, charts and exports repeat it.
CREATE TABLE IF NOT EXISTS about (
    key                  VARCHAR PRIMARY KEY,
    value                VARCHAR NOT NULL
);
