-- Marts: what analysts query, keyed and documented in contract.toml (columns, types, key, which are
-- materialised and why). Views only, named fct_<what>; `foi extract` exposes each under its public name
-- (device_purchases, ...) as a view or, where the views benchmark shows it pays, a table (warehouse/layers.py).
-- Councils are keyed by authority_key (the mySociety local-authority-code) and named from the authorities table
-- (short name first), else the key itself. A key built from columns that may be NULL (a figure with no period)
-- marks NULL as '_null_', as dbt_utils' generate_surrogate_key does.

-- Devices bought: one row per council, request, device and period; the three measures side by side.
CREATE OR REPLACE VIEW fct_device_purchases AS
SELECT md5(concat_ws('|', a.request_id, a.survey, a.subject, coalesce(a.period, '_null_'))) AS device_purchase_id,
       a.authority_key,
       coalesce(any_value(au.authority_name), a.authority_key) AS authority_name,
       a.survey,
       a.period,
       min(a.period_start) AS period_start,
       max(a.period_end) AS period_end,
       a.subject AS device,
       max(a.value) FILTER (WHERE a.measure = 'count') AS quantity,
       max(a.value) FILTER (WHERE a.measure = 'unit_cost_gbp') AS unit_cost_gbp,
       max(a.value) FILTER (WHERE a.measure = 'total_cost_gbp') AS total_cost_gbp,
       coalesce(bool_or(a.approx), false) AS approx,
       coalesce(bool_or(a.needs_review), false) AS needs_review,
       a.request_id
FROM int_answers__counted a
JOIN stg_extract__survey_subjects s ON s.survey = a.survey AND s.subject = a.subject AND s.kind = 'device'
LEFT JOIN stg_raw__authorities au ON au.authority_key = a.authority_key
GROUP BY a.authority_key, a.survey, a.period, a.subject, a.request_id;

-- Accounts/licences held (Zoom, Office 365, ...): the `count` figures of licence subjects.
CREATE OR REPLACE VIEW fct_licence_counts AS
SELECT md5(concat_ws('|', a.request_id, a.survey, a.subject, coalesce(a.period, '_null_'))) AS licence_count_id,
       a.authority_key,
       coalesce(any_value(au.authority_name), a.authority_key) AS authority_name,
       a.survey,
       a.subject AS product,
       max(a.value) AS accounts,
       coalesce(bool_or(a.approx), false) AS approx,
       a.period,
       a.request_id
FROM int_answers__counted a
JOIN stg_extract__survey_subjects s ON s.survey = a.survey AND s.subject = a.subject AND s.kind = 'licence'
LEFT JOIN stg_raw__authorities au ON au.authority_key = a.authority_key
WHERE a.measure = 'count'
GROUP BY a.authority_key, a.survey, a.subject, a.period, a.request_id;

-- FOI handling per council and year received, in the Cabinet Office FOI statistics categories, over every
-- harvested request (not only survey requests). Formulas: README.md, "Refusal-rate formulas".
CREATE OR REPLACE VIEW fct_refusal_rates AS
WITH counts AS (
    SELECT authority_key,
           year_received AS year,
           count(*) AS received,
           count(*) FILTER (WHERE outcome = 'successful') AS granted_in_full,
           count(*) FILTER (WHERE outcome = 'partially_successful') AS partially_withheld,
           count(*) FILTER (WHERE outcome = 'rejected') AS withheld_in_full,
           count(*) FILTER (WHERE outcome IN ('awaiting', 'overdue', 'clarification')) AS not_yet_processed,
           count(*) FILTER (WHERE outcome = 'not_held') AS not_held,
           count(*) FILTER (WHERE outcome IN ('partially_successful', 'rejected')
                            AND regexp_matches(exemption_tags, '<s12[(>]')) AS withheld_s12,
           count(*) FILTER (WHERE outcome IN ('partially_successful', 'rejected')
                            AND regexp_matches(exemption_tags, '<s14[(>]')) AS withheld_s14,
           count(*) FILTER (WHERE outcome IN ('partially_successful', 'rejected')
                            AND regexp_replace(exemption_tags, '<(s1[24](\([^>]*\))?)?>', '', 'g') <> '')
               AS withheld_other,
           count(*) FILTER (WHERE answered_at IS NOT NULL AND in_time) AS answered_in_time,
           count(*) FILTER (WHERE answered_at IS NOT NULL) AS answered
    FROM int_request_outcomes__deduplicated
    GROUP BY authority_key, year_received
)
SELECT md5(concat_ws('|', coalesce(c.authority_key, '_null_'), coalesce(CAST(c.year AS VARCHAR), '_null_')))
           AS refusal_rate_id,
       c.authority_key,
       coalesce(au.authority_name, c.authority_key) AS authority_name,
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
LEFT JOIN stg_raw__authorities au ON au.authority_key = c.authority_key;

-- How far each survey has got: councils asked and how they answered, figures read and figures to check.
CREATE OR REPLACE VIEW fct_survey_coverage AS
SELECT c.survey,
       count(*) AS councils_asked,
       count(*) FILTER (WHERE c.answered) AS answered,
       count(*) FILTER (WHERE c.refused) AS refused,
       count(*) FILTER (WHERE c.waiting AND NOT c.answered) AS awaiting,
       coalesce(any_value(f.figures_extracted), 0) AS figures_extracted,
       coalesce(any_value(f.figures_needing_review), 0) AS figures_needing_review
FROM int_survey_councils__status c
LEFT JOIN int_surveys__figures f ON f.survey = c.survey
GROUP BY c.survey;
