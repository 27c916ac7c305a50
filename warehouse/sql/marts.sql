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
       coalesce(bool_or(a.needs_review), false) AS needs_review,
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
       c.answered,
       CAST(c.answered_in_time AS DOUBLE) / nullif(c.answered, 0) AS in_time_rate,
       CAST(c.partially_withheld + c.withheld_in_full AS DOUBLE)
           / nullif(c.granted_in_full + c.partially_withheld + c.withheld_in_full, 0) AS refusal_rate
FROM counts c
LEFT JOIN stg_raw__authorities au ON au.authority_key = c.authority_key;

-- How far each survey has got: councils asked and how they answered (one request speaks for each council:
-- int_survey_councils__status), as of the data's date, and figures read and figures to check.
CREATE OR REPLACE VIEW fct_survey_coverage AS
SELECT c.survey,
       count(*) AS councils_asked,
       count(*) FILTER (WHERE c.answered) AS answered,
       count(*) FILTER (WHERE c.refused) AS refused,
       count(*) FILTER (WHERE c.awaiting) AS awaiting,
       count(*) FILTER (WHERE c.overdue) AS overdue,
       coalesce(any_value(f.figures_extracted), 0) AS figures_extracted,
       coalesce(any_value(f.figures_needing_review), 0) AS figures_needing_review
FROM int_survey_councils__status c
LEFT JOIN int_surveys__figures f ON f.survey = c.survey
GROUP BY c.survey;

-- Who was asked in each survey and how each council answered: the rows survey_coverage counts.
CREATE OR REPLACE VIEW fct_survey_councils AS
SELECT md5(concat_ws('|', c.survey, c.council)) AS survey_council_id,
       c.survey,
       c.authority_key,
       coalesce(au.authority_name, c.authority_key, c.council) AS authority_name,
       c.request_id,
       c.source,
       c.outcome,
       c.answered,
       c.refused,
       c.awaiting,
       c.overdue,
       c.answered_elsewhere,
       c.survey_requests
FROM int_survey_councils__status c
LEFT JOIN stg_raw__authorities au ON au.authority_key = c.authority_key;

-- Devices bought per council, device and period as written, per 1,000 residents. When two requests gave a
-- figure for the same period the first given counts (earliest period start, then request), so a total is never
-- counted twice. financial_year: the UK financial year (April to March) holding the middle of the period, so
-- councils that answered by calendar year or "year to September" compare side by side (NULL: no dates).
-- quantity_per_1000 = quantity / population × 1,000, NULL when either is unknown (never 0); needs_review: a
-- figure of the row is in doubt, and no ranking leads with it.
CREATE OR REPLACE VIEW fct_devices_per_1000 AS
WITH placed AS (
    SELECT d.*,
           d.period_start + CAST(greatest((coalesce(d.period_end, d.period_start) - d.period_start - 1) // 2, 0) AS INTEGER)
               AS middle
    FROM fct_device_purchases d
    WHERE d.period IS NOT NULL
), years AS (
    SELECT *,
           CAST(year(middle) - CASE WHEN month(middle) < 4 THEN 1 ELSE 0 END AS INTEGER) AS fy
    FROM placed
), periods AS (
    SELECT survey,
           authority_key,
           any_value(authority_name) AS authority_name,
           device,
           period,
           first(CAST(fy AS VARCHAR) || '-' || lpad(CAST((fy + 1) % 100 AS VARCHAR), 2, '0')
                 ORDER BY period_start NULLS LAST, request_id) FILTER (WHERE fy IS NOT NULL) AS financial_year,
           min(period_start) AS period_start,
           first(quantity ORDER BY period_start NULLS LAST, request_id) FILTER (WHERE quantity IS NOT NULL)
               AS quantity,
           first(unit_cost_gbp ORDER BY period_start NULLS LAST, request_id)
               FILTER (WHERE unit_cost_gbp IS NOT NULL) AS unit_cost_gbp,
           first(total_cost_gbp ORDER BY period_start NULLS LAST, request_id)
               FILTER (WHERE total_cost_gbp IS NOT NULL) AS total_cost_gbp,
           coalesce(bool_or(approx), false) AS approx,
           coalesce(bool_or(needs_review), false) AS needs_review,
           first(request_id ORDER BY period_start NULLS LAST, request_id) AS request_id
    FROM years
    GROUP BY survey, authority_key, device, period
)
SELECT md5(concat_ws('|', p.survey, coalesce(p.authority_key, '_null_'), p.device, p.period)) AS device_per_1000_id,
       p.authority_key,
       p.authority_name,
       p.survey,
       p.device,
       p.period,
       p.financial_year,
       p.period_start,
       p.quantity,
       p.unit_cost_gbp,
       p.total_cost_gbp,
       p.approx,
       p.needs_review,
       au.population,
       au.authority_type_name,
       p.quantity / au.population * 1000 AS quantity_per_1000,
       p.request_id
FROM periods p
LEFT JOIN stg_raw__authorities au ON au.authority_key = p.authority_key;

-- Unit cost per council and device, the spread across councils, and outliers. A council's unit cost is the
-- median of those it gave that are not in doubt (of all it gave, marked needs_review, when every one is). The
-- spread (councils, median, quartiles, range) is over councils whose cost is not in doubt; an outlier is
-- outside Tukey's fences (1.5 × the inter-quartile range beyond the quartiles), with 4 councils or more.
CREATE OR REPLACE VIEW fct_unit_costs AS
WITH per_council AS (
    SELECT survey,
           authority_key,
           any_value(authority_name) AS authority_name,
           device,
           coalesce(median(unit_cost_gbp) FILTER (WHERE NOT needs_review), median(unit_cost_gbp)) AS unit_cost_gbp,
           count(*) AS figures,
           count(*) FILTER (WHERE needs_review) AS figures_in_doubt,
           bool_and(needs_review) AS needs_review,
           coalesce(bool_or(approx), false) AS approx
    FROM fct_device_purchases
    WHERE unit_cost_gbp IS NOT NULL
    GROUP BY survey, authority_key, device
), spread AS (
    SELECT survey,
           device,
           count(*) AS councils,
           median(unit_cost_gbp) AS median_gbp,
           quantile_cont(unit_cost_gbp, 0.25) AS q1_gbp,
           quantile_cont(unit_cost_gbp, 0.75) AS q3_gbp,
           min(unit_cost_gbp) AS min_gbp,
           max(unit_cost_gbp) AS max_gbp
    FROM per_council
    WHERE NOT needs_review
    GROUP BY survey, device
)
SELECT md5(concat_ws('|', c.survey, coalesce(c.authority_key, '_null_'), c.device)) AS unit_cost_id,
       c.authority_key,
       c.authority_name,
       c.survey,
       c.device,
       c.unit_cost_gbp,
       c.figures,
       c.figures_in_doubt,
       c.needs_review,
       c.approx,
       coalesce(s.councils, 0) AS councils,
       s.median_gbp,
       s.q1_gbp,
       s.q3_gbp,
       s.min_gbp,
       s.max_gbp,
       c.unit_cost_gbp / s.median_gbp AS ratio_to_median,
       coalesce(s.councils >= 4
                AND (c.unit_cost_gbp > s.q3_gbp + 1.5 * (s.q3_gbp - s.q1_gbp)
                     OR c.unit_cost_gbp < s.q1_gbp - 1.5 * (s.q3_gbp - s.q1_gbp)), false) AS is_outlier
FROM per_council c
LEFT JOIN spread s ON s.survey = c.survey AND s.device = c.device;

-- Spend per council, device and period: the total the council gave, else quantity × unit cost (the period's,
-- else the one unit cost the council gave for its whole answer, with no period). spend_estimated: computed by
-- us, not stated. needs_review: a figure it rests on is in doubt.
CREATE OR REPLACE VIEW fct_device_spend AS
WITH whole_answer AS (
    SELECT survey,
           authority_key,
           device,
           coalesce(median(unit_cost_gbp) FILTER (WHERE NOT needs_review), median(unit_cost_gbp)) AS unit_cost_gbp,
           bool_and(needs_review) AS needs_review
    FROM fct_device_purchases
    WHERE period IS NULL AND unit_cost_gbp IS NOT NULL
    GROUP BY survey, authority_key, device
), priced AS (
    SELECT p.*,
           coalesce(p.unit_cost_gbp, w.unit_cost_gbp) AS cost_used,
           p.needs_review OR (p.unit_cost_gbp IS NULL AND p.total_cost_gbp IS NULL
                              AND coalesce(w.needs_review, false)) AS in_doubt
    FROM fct_devices_per_1000 p
    LEFT JOIN whole_answer w ON w.survey = p.survey AND w.authority_key IS NOT DISTINCT FROM p.authority_key
                            AND w.device = p.device
)
SELECT device_per_1000_id AS device_spend_id,
       authority_key,
       authority_name,
       survey,
       device,
       period,
       financial_year,
       period_start,
       quantity,
       unit_cost_gbp,
       cost_used AS unit_cost_used_gbp,
       total_cost_gbp,
       coalesce(total_cost_gbp, quantity * cost_used) AS spend_gbp,
       total_cost_gbp IS NULL AND quantity * cost_used IS NOT NULL AS spend_estimated,
       in_doubt AS needs_review,
       request_id
FROM priced;

-- Device spend per council over every device and period it gave, per 1,000 residents. A figure in doubt is
-- left out of the sum until it is checked (figures_in_doubt says how many were), so no headline rests on it.
-- spend_gbp is NULL, not £0, when the council gave no cost at all.
CREATE OR REPLACE VIEW fct_spend_per_council AS
WITH totals AS (
    SELECT survey,
           authority_key,
           any_value(authority_name) AS authority_name,
           -- to the penny: a float sum's last digits depend on the order DuckDB's threads add in, and the
           -- report, the exports and `foi sql` must read the same number
           round(sum(spend_gbp) FILTER (WHERE NOT needs_review), 2) AS spend_gbp,
           count(spend_gbp) FILTER (WHERE NOT needs_review) AS figures,
           count(spend_gbp) FILTER (WHERE needs_review) AS figures_in_doubt,
           coalesce(bool_or(spend_estimated) FILTER (WHERE NOT needs_review AND spend_gbp IS NOT NULL), false)
               AS spend_estimated,
           string_agg(DISTINCT period, ', ' ORDER BY period) FILTER (WHERE NOT needs_review AND spend_gbp IS NOT NULL)
               AS periods
    FROM fct_device_spend
    GROUP BY survey, authority_key
)
SELECT md5(concat_ws('|', t.survey, coalesce(t.authority_key, '_null_'))) AS spend_per_council_id,
       t.authority_key,
       t.authority_name,
       t.survey,
       t.spend_gbp,
       t.figures,
       t.figures_in_doubt,
       t.spend_estimated,
       t.periods,
       au.population,
       t.spend_gbp / au.population * 1000 AS spend_gbp_per_1000
FROM totals t
LEFT JOIN stg_raw__authorities au ON au.authority_key = t.authority_key;

-- Accounts held per 1,000 residents (NULL when the population is unknown, never 0).
CREATE OR REPLACE VIEW fct_licences_per_1000 AS
SELECT l.licence_count_id AS licence_per_1000_id,
       l.authority_key,
       l.authority_name,
       l.survey,
       l.product,
       l.accounts,
       l.approx,
       l.period,
       l.needs_review,
       au.population,
       l.accounts / au.population * 1000 AS accounts_per_1000,
       l.request_id
FROM fct_licence_counts l
LEFT JOIN stg_raw__authorities au ON au.authority_key = l.authority_key;

-- refusal_rates over every year on record, per council: the counts summed, each rate the ratio of the summed
-- counts beside it (refusal_rate = (partially_withheld + withheld_in_full) / resolvable; in_time_rate =
-- answered_in_time / answered), NULL when its denominator is 0.
CREATE OR REPLACE VIEW fct_refusal_rates_overall AS
WITH sums AS (
    SELECT authority_key,
           any_value(authority_name) AS authority_name,
           min(year) AS first_year,
           max(year) AS last_year,
           sum(received) AS received,
           sum(resolvable) AS resolvable,
           sum(granted_in_full) AS granted_in_full,
           sum(partially_withheld) AS partially_withheld,
           sum(withheld_in_full) AS withheld_in_full,
           sum(not_yet_processed) AS not_yet_processed,
           sum(not_held) AS not_held,
           sum(withheld_s12) AS withheld_s12,
           sum(withheld_s14) AS withheld_s14,
           sum(withheld_other) AS withheld_other,
           sum(answered_in_time) AS answered_in_time,
           sum(answered) AS answered
    FROM fct_refusal_rates
    GROUP BY authority_key
)
SELECT md5(coalesce(authority_key, '_null_')) AS refusal_rate_overall_id,
       authority_key,
       authority_name,
       CAST(first_year AS BIGINT) AS first_year,
       CAST(last_year AS BIGINT) AS last_year,
       CAST(received AS BIGINT) AS received,
       CAST(resolvable AS BIGINT) AS resolvable,
       CAST(granted_in_full AS BIGINT) AS granted_in_full,
       CAST(partially_withheld AS BIGINT) AS partially_withheld,
       CAST(withheld_in_full AS BIGINT) AS withheld_in_full,
       CAST(not_yet_processed AS BIGINT) AS not_yet_processed,
       CAST(not_held AS BIGINT) AS not_held,
       CAST(withheld_s12 AS BIGINT) AS withheld_s12,
       CAST(withheld_s14 AS BIGINT) AS withheld_s14,
       CAST(withheld_other AS BIGINT) AS withheld_other,
       CAST(answered_in_time AS BIGINT) AS answered_in_time,
       CAST(answered AS BIGINT) AS answered,
       CAST(partially_withheld + withheld_in_full AS DOUBLE) / nullif(resolvable, 0) AS refusal_rate,
       CAST(answered_in_time AS DOUBLE) / nullif(answered, 0) AS in_time_rate
FROM sums;

-- Requests each council withheld under each exemption, every request on record: an exemption counts once per
-- request, whether the outcome or a question's refusal cites it (a disclosure-log copy of a harvested request
-- counted once, as in refusal_rates).
CREATE OR REPLACE VIEW fct_exemption_counts AS
WITH counted AS (
    SELECT request_id FROM int_request_outcomes__deduplicated
), cited AS (
    SELECT o.request_id, o.authority_key, unnest(o.exemptions) AS exemption
    FROM int_request_outcomes__deduplicated o
    UNION
    SELECT f.request_id, f.authority_key, f.exemption
    FROM stg_extract__refusals f
    WHERE f.request_id IN (SELECT request_id FROM counted)
)
SELECT md5(concat_ws('|', coalesce(c.authority_key, '_null_'), c.exemption)) AS exemption_count_id,
       c.authority_key,
       coalesce(any_value(au.authority_name), c.authority_key) AS authority_name,
       c.exemption,
       count(DISTINCT c.request_id) AS requests
FROM cited c
LEFT JOIN stg_raw__authorities au ON au.authority_key = c.authority_key
WHERE c.exemption IS NOT NULL
GROUP BY c.authority_key, c.exemption;
