-- Intermediate layer: the staged views joined and derived into what the marts count. Views only, named
-- int_<entity>__<what was done>. Created by every `foi extract` (warehouse/layers.py) after staging.sql.

-- The figures the marts count: current ones, each request counted once. A disclosure-log entry linked to a
-- harvested WhatDoTheyKnow request (requests.linked_request_id) gives figures only when the WhatDoTheyKnow
-- thread gave none (e.g. the council never answered there). Columns: those of `answers`, and needs_review: the
-- figure is to be checked by hand — not yet corrected, and in conflict or of confidence below 0.7 (the `foi review`
-- default; `foi review --threshold` asks the same of another confidence).
CREATE OR REPLACE VIEW int_answers__counted AS
SELECT a.* EXCLUDE (is_current),
       a.status = 'extracted' AND (a.conflict OR coalesce(a.confidence, 0) < 0.7) AS needs_review
FROM stg_extract__answers a
LEFT JOIN stg_raw__requests r ON r.request_id = a.request_id
WHERE a.is_current
  AND NOT (coalesce(r.source, '') = 'disclosure_log' AND r.linked_request_id IS NOT NULL
           AND EXISTS (SELECT 1 FROM stg_extract__answers w
                       WHERE w.request_id = r.linked_request_id AND w.is_current));

-- Every harvested request's outcome, a disclosure-log entry that is the same request as a harvested
-- WhatDoTheyKnow request counted once.
CREATE OR REPLACE VIEW int_request_outcomes__deduplicated AS
SELECT o.*
FROM stg_extract__request_outcomes o
LEFT JOIN stg_raw__requests r ON r.request_id = o.request_id
WHERE NOT (coalesce(r.source, '') = 'disclosure_log' AND r.linked_request_id IS NOT NULL
           AND r.linked_request_id IN (SELECT request_id FROM stg_raw__requests));

-- One row per survey and council asked: a council asked twice (e.g. overdue on WhatDoTheyKnow, answered in its
-- disclosure log) has answered, and is waiting only while none of its requests has been answered.
CREATE OR REPLACE VIEW int_survey_councils__status AS
SELECT survey,
       coalesce(authority_key, request_id) AS council,
       bool_or(outcome IN ('successful', 'partially_successful', 'rejected', 'not_held')) AS answered,
       bool_or(outcome IN ('rejected', 'partially_successful')) AS refused,
       bool_or(outcome IN ('awaiting', 'overdue', 'clarification')) AS waiting
FROM stg_extract__request_outcomes
WHERE survey IS NOT NULL
GROUP BY survey, coalesce(authority_key, request_id);

-- Figures read per survey, and those to check by hand.
CREATE OR REPLACE VIEW int_surveys__figures AS
SELECT survey,
       count(*) AS figures_extracted,
       count(*) FILTER (WHERE needs_review) AS figures_needing_review
FROM int_answers__counted
GROUP BY survey;
