-- Normalized layer: derived from the raw layer by `foi extract` (warehouse/normalize/), never edited by hand.
-- `foi extract` empties and refills answers, refusals and request_outcomes in one transaction.
-- answer_overrides is the exception: it holds a journalist's corrections (read from data/overrides.csv or
-- `foi extract --overrides FILE`) and is kept across rebuilds so that corrections survive re-extraction.

CREATE TABLE IF NOT EXISTS answers (
    answer_id            VARCHAR NOT NULL,     -- hash of request, question, subject, period, measure, source;
                                               -- unique (rebuild checks it: an index would halve load speed)
    authority_key        VARCHAR,
    request_id           VARCHAR NOT NULL,
    survey               VARCHAR NOT NULL,
    question             VARCHAR,
    subject              VARCHAR NOT NULL,
    period               VARCHAR,              -- the label as the council wrote it
    period_start         DATE,
    period_end           DATE,
    measure              VARCHAR NOT NULL,     -- count | unit_cost_gbp | total_cost_gbp
    value                DOUBLE,               -- after any override
    unit                 VARCHAR,
    approx               BOOLEAN,
    confidence           DOUBLE,
    message_id           VARCHAR,
    attachment_id        VARCHAR,              -- NULL when the figure is in the message body
    start_offset         INTEGER,              -- into messages.body_text or attachments.text
    end_offset           INTEGER,
    quote                VARCHAR,
    status               VARCHAR NOT NULL,     -- extracted | overridden | superseded
    extractor_version    VARCHAR NOT NULL,
    -- additive (see docs/architecture.md §5)
    reply_kind           VARCHAR,              -- kind of the reply the figure came from (response, internal_review, ...)
    reply_sent_at        TIMESTAMPTZ,
    superseded_by        VARCHAR,              -- answer_id of the later figure that replaced this one
    conflict             BOOLEAN NOT NULL,     -- another value for the same key in the same reply
    original_value       DOUBLE,               -- the extracted value when an override replaced it
    override_note        VARCHAR,
    conflict_reason      VARCHAR               -- why the reader doubts the figure ("'Nil' beside a price of £650")
);

CREATE TABLE IF NOT EXISTS refusals (
    request_id           VARCHAR NOT NULL,
    authority_key        VARCHAR,
    survey               VARCHAR,
    question             VARCHAR,              -- NULL when the reply refuses without naming a question
    exemption            VARCHAR NOT NULL,     -- normalised: s12, s31(3), reg12(4)(b), ...
    ncnd                 BOOLEAN,
    public_interest_test BOOLEAN,
    message_id           VARCHAR,
    attachment_id        VARCHAR,
    quote                VARCHAR,
    extractor_version    VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS request_outcomes (
    request_id           VARCHAR PRIMARY KEY,
    authority_key        VARCHAR,
    survey               VARCHAR,              -- NULL for requests outside every survey
    outcome              VARCHAR NOT NULL,     -- successful | partially_successful | rejected | not_held | awaiting
                                               -- | overdue | clarification | withdrawn | other
    ncnd                 BOOLEAN,
    exemptions           VARCHAR[],
    received_at          TIMESTAMPTZ,
    answered_at          TIMESTAMPTZ,          -- first substantive reply (internal reviews do not count)
    working_days         INTEGER,              -- working days from receipt to answer (day 1 = first after receipt)
    in_time              BOOLEAN,              -- NULL while still within the deadline and unanswered
    described_state      VARCHAR,
    extractor_version    VARCHAR NOT NULL,
    -- additive (see docs/architecture.md §5)
    public_interest_test BOOLEAN,
    outcome_source       VARCHAR,              -- text | log_label | described_state | thread_state: where the outcome came from
    extended             BOOLEAN,              -- a permitted extension (PIT / EIR) was claimed in time
    internal_review      BOOLEAN,              -- an internal-review reply is in the thread
    replies              INTEGER               -- incoming messages read
);

CREATE TABLE IF NOT EXISTS answer_overrides (
    answer_id            VARCHAR PRIMARY KEY,
    corrected_value      DOUBLE NOT NULL,
    note                 VARCHAR,
    source_file          VARCHAR,
    loaded_at            TIMESTAMPTZ
);

-- additive (see docs/architecture.md §5): which analyst view each survey subject feeds, rebuilt with the rest
CREATE TABLE IF NOT EXISTS survey_subjects (
    survey               VARCHAR NOT NULL,
    subject              VARCHAR NOT NULL,
    kind                 VARCHAR NOT NULL,     -- device | licence | other
    PRIMARY KEY (survey, subject)
);

-- additive: what a figure of a survey's subject can plausibly be, per measure (the survey's `plausible`),
-- rebuilt with the rest; a figure outside is kept and sent to review (int_answers__doubts)
CREATE TABLE IF NOT EXISTS survey_ranges (
    survey               VARCHAR NOT NULL,
    subject              VARCHAR NOT NULL,
    measure              VARCHAR NOT NULL,
    low                  DOUBLE NOT NULL,
    high                 DOUBLE NOT NULL,
    PRIMARY KEY (survey, subject, measure)
);

-- additive: texts the parser could not read, one row each, rebuilt with the rest (a failure never stops a rebuild)
CREATE TABLE IF NOT EXISTS extract_failures (
    request_id           VARCHAR NOT NULL,
    message_id           VARCHAR,
    attachment_id        VARCHAR,
    error                VARCHAR NOT NULL,
    extractor_version    VARCHAR NOT NULL
);

-- additive: one row per `foi extract` run that committed
CREATE TABLE IF NOT EXISTS extract_runs (
    extractor_version    VARCHAR NOT NULL,
    finished_at          TIMESTAMPTZ NOT NULL,
    surveys              VARCHAR[],
    requests             BIGINT,
    answers              BIGINT,
    refusals             BIGINT,
    failures             BIGINT,
    overrides_applied    BIGINT,
    overrides_unmatched  BIGINT
);
