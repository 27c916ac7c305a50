-- Intermediate layer: the staged views joined and derived into what the marts count. Views only, named
-- int_<entity>__<what was done>. Created by every `foi extract` (warehouse/layers.py) after staging.sql.

-- What no figure of a measure can be, whatever the survey: a negative count, sum or length of time, a share
-- above 100%. A survey narrows it per subject (stg_extract__survey_ranges, its subjects' `plausible`).
CREATE OR REPLACE VIEW int_measures__plausible_ranges AS
SELECT * FROM (VALUES
    ('count', 0.0, NULL), ('unit_cost_gbp', 0.0, NULL), ('total_cost_gbp', 0.0, NULL),
    ('percent', 0.0, 100.0), ('days', 0.0, NULL), ('hours', 0.0, NULL),
    ('square_feet', 0.0, NULL), ('square_metres', 0.0, NULL),
    -- the measures named by their unit (reader/units.py): lengths, weights, energy, volumes, land, time
    ('kilometres', 0.0, NULL), ('miles', 0.0, NULL), ('metres', 0.0, NULL), ('tonnes', 0.0, NULL),
    ('kilograms', 0.0, NULL), ('grams', 0.0, NULL), ('kwh', 0.0, NULL), ('mwh', 0.0, NULL), ('gwh', 0.0, NULL),
    ('litres', 0.0, NULL), ('millilitres', 0.0, NULL), ('hectares', 0.0, NULL), ('acres', 0.0, NULL),
    ('minutes', 0.0, NULL), ('weeks', 0.0, NULL), ('months', 0.0, NULL), ('years', 0.0, NULL)
) AS r(measure, low, high);

-- The warehouse's own doubts about a figure, in words (NULL: none), beside the reader's conflict_reason:
-- - a period that is one calendar month ("September 2019: 107"): the request asked for years, and councils
--   that answer "by September 2019" mean the year to that month, so the month alone may be a year misread;
-- - a value outside its measure's plausible range (int_measures__plausible_ranges), or outside the range its
--   survey declares for its subject and measure (stg_extract__survey_ranges).
CREATE OR REPLACE VIEW int_answers__doubts AS
SELECT a.answer_id,
       nullif(concat_ws('; ',
           CASE WHEN a.period_start = date_trunc('month', a.period_start) AND a.period_end = last_day(a.period_start)
                THEN '''' || coalesce(a.period, strftime(a.period_start, '%B %Y'))
                     || ''' is one month: it may mean the year to ' || strftime(a.period_end, '%B %Y') END,
           CASE WHEN a.value < r.low OR a.value > r.high
                THEN 'outside the plausible range of a ' || a.measure || ' figure ('
                     || CAST(r.low AS VARCHAR) || ' to ' || coalesce(CAST(r.high AS VARCHAR), 'any') || ')'
                WHEN a.value < sr.low OR a.value > sr.high
                THEN 'outside the range the survey gives as plausible for ' || a.subject || ' ('
                     || regexp_replace(format('{:,}', sr.low), '\.0$', '') || ' to '
                     || regexp_replace(format('{:,}', sr.high), '\.0$', '') || ')' END
       ), '') AS doubt
FROM stg_extract__answers a
LEFT JOIN int_measures__plausible_ranges r ON r.measure = a.measure
LEFT JOIN stg_extract__survey_ranges sr ON sr.survey = a.survey AND sr.subject = a.subject AND sr.measure = a.measure
WHERE a.is_current;

-- The figures the marts count: current ones, each request counted once. A disclosure-log entry linked to a
-- harvested WhatDoTheyKnow request (requests.linked_request_id) gives figures only when the WhatDoTheyKnow
-- thread gave none (e.g. the council never answered there). Columns: those of `answers`, with conflict and
-- conflict_reason widened to the warehouse's doubts (int_answers__doubts: `foi review` and its queue read them
-- here), and needs_review: the figure is to be checked by hand — not yet corrected, and in conflict or in doubt
-- or of confidence below 0.7 (the `foi review` default; `foi review --threshold` asks the same of another
-- confidence).
CREATE OR REPLACE VIEW int_answers__counted AS
SELECT a.* EXCLUDE (is_current) REPLACE (
           a.conflict OR d.doubt IS NOT NULL AS conflict,
           nullif(concat_ws('; ', a.conflict_reason, d.doubt), '') AS conflict_reason),
       a.status = 'extracted' AND (a.conflict OR d.doubt IS NOT NULL OR coalesce(a.confidence, 0) < 0.7)
           AS needs_review
FROM stg_extract__answers a
LEFT JOIN int_answers__doubts d ON d.answer_id = a.answer_id
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

-- One row per survey and council asked, with the request that speaks for it: a council asked twice (e.g.
-- overdue on WhatDoTheyKnow, answered in its disclosure log, or a withdrawn request sent again) has answered
-- when any of its requests has. The answered request is kept, then WhatDoTheyKnow's, then the first answered,
-- then the lowest id. answered_elsewhere: WhatDoTheyKnow's request looks unanswered, the answer is elsewhere.
-- The outcome is as of the data's date: 'overdue' is past the deadline on the day the replies were fetched.
CREATE OR REPLACE VIEW int_survey_councils__status AS
WITH ranked AS (
    SELECT o.*,
           coalesce(o.authority_key, o.request_id) AS council,
           r.source,
           o.outcome IN ('successful', 'partially_successful', 'rejected', 'not_held') AS is_answered,
           row_number() OVER (
               PARTITION BY o.survey, coalesce(o.authority_key, o.request_id)
               ORDER BY o.outcome IN ('successful', 'partially_successful', 'rejected', 'not_held') DESC,
                        r.source = 'whatdotheyknow' DESC NULLS LAST, o.answered_at ASC NULLS LAST, o.request_id
           ) AS pick,
           count(*) OVER council AS survey_requests,
           bool_or(r.source = 'whatdotheyknow'
                   AND o.outcome NOT IN ('successful', 'partially_successful', 'rejected', 'not_held')) OVER council
           AND bool_or(o.outcome IN ('successful', 'partially_successful', 'rejected', 'not_held')) OVER council
               AS answered_elsewhere
    FROM stg_extract__request_outcomes o
    LEFT JOIN stg_raw__requests r ON r.request_id = o.request_id
    WHERE o.survey IS NOT NULL
    WINDOW council AS (PARTITION BY o.survey, coalesce(o.authority_key, o.request_id))
)
SELECT survey,
       council,
       authority_key,
       request_id,
       source,
       outcome,
       is_answered AS answered,
       outcome IN ('rejected', 'partially_successful') AS refused,
       outcome IN ('awaiting', 'overdue', 'clarification') AS awaiting,
       outcome = 'overdue' AS overdue,
       coalesce(answered_elsewhere, false) AS answered_elsewhere,
       survey_requests
FROM ranked
WHERE pick = 1;

-- Figures read per survey, and those to check by hand.
CREATE OR REPLACE VIEW int_surveys__figures AS
SELECT survey,
       count(*) AS figures_extracted,
       count(*) FILTER (WHERE needs_review) AS figures_needing_review
FROM int_answers__counted
GROUP BY survey;
