-- Analyst views over the normalized layer (docs/architecture.md §5). `foi extract` creates or replaces them in
-- the same transaction that refills answers, refusals and request_outcomes. The four analyst views are
-- materialised as tables (rebuilt by every `foi extract`, never edited): computed once, they answer in
-- milliseconds instead of recomputing the joins and aggregates on every read of a large warehouse. Columns are a contract:
-- analysis/frames.py SCHEMAS reads exactly these. Councils are keyed by authority_key (the mySociety
-- local-authority-code) and named from the authorities table (short name first), else the key itself.

-- The figures the views count: current ones (extracted or corrected), with each request counted once. A
-- disclosure-log entry linked to a harvested WhatDoTheyKnow request (requests.linked_request_id) gives
-- figures only when the WhatDoTheyKnow thread gave none — e.g. the council never answered there.
CREATE OR REPLACE VIEW counted_answers AS
SELECT a.*
FROM answers a
LEFT JOIN requests r ON r.request_id = a.request_id
WHERE a.status IN ('extracted', 'overridden')
  AND NOT (coalesce(r.source, '') = 'disclosure_log' AND r.linked_request_id IS NOT NULL
           AND EXISTS (SELECT 1 FROM answers w
                       WHERE w.request_id = r.linked_request_id AND w.status IN ('extracted', 'overridden')));

-- Devices bought: one row per council, request, device and period; the three measures side by side.
-- Only current figures (extracted or overridden); superseded ones stay in `answers` for the record.
CREATE OR REPLACE TABLE device_purchases AS
SELECT a.authority_key,
       coalesce(any_value(au.short_name), any_value(au.name), a.authority_key) AS authority_name,
       a.survey,
       a.period,
       min(a.period_start) AS period_start,
       max(a.period_end) AS period_end,
       a.subject AS device,
       max(a.value) FILTER (WHERE a.measure = 'count') AS quantity,
       max(a.value) FILTER (WHERE a.measure = 'unit_cost_gbp') AS unit_cost_gbp,
       max(a.value) FILTER (WHERE a.measure = 'total_cost_gbp') AS total_cost_gbp,
       coalesce(bool_or(a.approx), false) AS approx,
       a.request_id
FROM counted_answers a
JOIN survey_subjects s ON s.survey = a.survey AND s.subject = a.subject AND s.kind = 'device'
LEFT JOIN authorities au ON au.authority_key = a.authority_key
GROUP BY a.authority_key, a.survey, a.period, a.subject, a.request_id;

-- Accounts/licences held (Zoom, Office 365, ...): the `count` figures of licence subjects.
CREATE OR REPLACE TABLE licence_counts AS
SELECT a.authority_key,
       coalesce(any_value(au.short_name), any_value(au.name), a.authority_key) AS authority_name,
       a.survey,
       a.subject AS product,
       max(a.value) AS accounts,
       coalesce(bool_or(a.approx), false) AS approx,
       a.period,
       a.request_id
FROM counted_answers a
JOIN survey_subjects s ON s.survey = a.survey AND s.subject = a.subject AND s.kind = 'licence'
LEFT JOIN authorities au ON au.authority_key = a.authority_key
WHERE a.measure = 'count'
GROUP BY a.authority_key, a.survey, a.subject, a.period, a.request_id;

-- FOI handling per council and year received, in the Cabinet Office FOI statistics categories, over every
-- harvested request (not only survey requests). A disclosure-log entry that is the same request as a
-- harvested WhatDoTheyKnow request is counted once. Formulas: docs/readme/warehouse.md.
CREATE OR REPLACE TABLE refusal_rates AS
WITH base AS (
    SELECT o.request_id, o.authority_key, o.outcome, o.exemptions, o.answered_at, o.in_time,
           CAST(date_part('year', timezone('Europe/London', o.received_at)) AS BIGINT) AS year,
           o.outcome IN ('partially_successful', 'rejected') AS withheld,
           -- the exemption list as '<s12><s40(2)>' so plain regular expressions can test it (no lambdas:
           -- their syntax changed between DuckDB releases)
           '<' || array_to_string(coalesce(o.exemptions, []), '><') || '>' AS ex
    FROM request_outcomes o
    LEFT JOIN requests r ON r.request_id = o.request_id
    WHERE NOT (coalesce(r.source, '') = 'disclosure_log' AND r.linked_request_id IS NOT NULL
               AND r.linked_request_id IN (SELECT request_id FROM requests))
), counts AS (
    SELECT authority_key, year,
           count(*) AS received,
           count(*) FILTER (WHERE outcome = 'successful') AS granted_in_full,
           count(*) FILTER (WHERE outcome = 'partially_successful') AS partially_withheld,
           count(*) FILTER (WHERE outcome = 'rejected') AS withheld_in_full,
           count(*) FILTER (WHERE outcome IN ('awaiting', 'overdue', 'clarification')) AS not_yet_processed,
           count(*) FILTER (WHERE outcome = 'not_held') AS not_held,
           count(*) FILTER (WHERE withheld AND regexp_matches(ex, '<s12[(>]')) AS withheld_s12,
           count(*) FILTER (WHERE withheld AND regexp_matches(ex, '<s14[(>]')) AS withheld_s14,
           count(*) FILTER (WHERE withheld AND regexp_replace(ex, '<(s1[24](\([^>]*\))?)?>', '', 'g') <> '')
               AS withheld_other,
           count(*) FILTER (WHERE answered_at IS NOT NULL AND in_time) AS answered_in_time,
           count(*) FILTER (WHERE answered_at IS NOT NULL) AS answered
    FROM base
    GROUP BY authority_key, year
)
SELECT c.authority_key,
       coalesce(au.short_name, au.name, c.authority_key) AS authority_name,
       c.year,
       c.received,
       c.granted_in_full + c.partially_withheld + c.withheld_in_full AS resolvable,
       c.granted_in_full,
       c.partially_withheld,
       c.withheld_in_full,
       c.not_yet_processed,
       c.not_held,
       c.withheld_s12,
       c.withheld_s14,
       c.withheld_other,
       c.answered_in_time,
       CAST(c.answered_in_time AS DOUBLE) / nullif(c.answered, 0) AS in_time_rate,
       CAST(c.partially_withheld + c.withheld_in_full AS DOUBLE)
           / nullif(c.granted_in_full + c.partially_withheld + c.withheld_in_full, 0) AS refusal_rate
FROM counts c
LEFT JOIN authorities au ON au.authority_key = c.authority_key;

-- How far each survey has got: councils asked and how they answered, figures read and figures to check.
-- A figure needs review when it is current, not yet corrected, and either conflicting or of confidence
-- below 0.7 (the `foi review` default).
CREATE OR REPLACE TABLE survey_coverage AS
WITH o AS (
    -- one row per council: a council asked twice (e.g. overdue on WhatDoTheyKnow, answered in its disclosure
    -- log) counts as answered, and as awaiting only while none of its requests has been answered
    SELECT survey, coalesce(authority_key, request_id) AS council,
           bool_or(outcome IN ('successful', 'partially_successful', 'rejected', 'not_held')) AS answered,
           bool_or(outcome IN ('rejected', 'partially_successful')) AS refused,
           bool_or(outcome IN ('awaiting', 'overdue', 'clarification')) AS waiting
    FROM request_outcomes WHERE survey IS NOT NULL
    GROUP BY survey, coalesce(authority_key, request_id)
), f AS (
    SELECT survey,
           count(*) AS figures_extracted,
           count(*) FILTER (WHERE status = 'extracted' AND (conflict OR coalesce(confidence, 0) < 0.7))
               AS figures_needing_review
    FROM counted_answers
    GROUP BY survey
)
SELECT o.survey,
       count(*) AS councils_asked,
       count(*) FILTER (WHERE o.answered) AS answered,
       count(*) FILTER (WHERE o.refused) AS refused,
       count(*) FILTER (WHERE o.waiting AND NOT o.answered) AS awaiting,
       coalesce(any_value(f.figures_extracted), 0) AS figures_extracted,
       coalesce(any_value(f.figures_needing_review), 0) AS figures_needing_review
FROM o LEFT JOIN f ON f.survey = o.survey
GROUP BY o.survey;
