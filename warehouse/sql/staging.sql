-- Staging layer: one view per table the marts read. They rename, cast and clean; they never join or count.
-- stg_raw__<table> reads the harvested raw layer (raw.sql); stg_extract__<table> reads what `foi extract` wrote
-- (normalized.sql). Created by every `foi extract` (warehouse/layers.py), views only.

-- Councils named as the analyst views show them: the register's short name first.
CREATE OR REPLACE VIEW stg_raw__authorities AS
SELECT authority_key,
       coalesce(short_name, name) AS authority_name,
       -- the register's mid-2020 estimate; none or 0 is unknown, never zero people
       CASE WHEN population > 0 THEN population END AS population,
       authority_type_name
FROM authorities;

CREATE OR REPLACE VIEW stg_raw__requests AS
SELECT request_id,
       source,
       linked_request_id
FROM requests;

-- Figures with a flag for the current ones (extracted or corrected); superseded ones stay for the record.
CREATE OR REPLACE VIEW stg_extract__answers AS
SELECT *,
       status IN ('extracted', 'overridden') AS is_current
FROM answers;

CREATE OR REPLACE VIEW stg_extract__request_outcomes AS
SELECT request_id,
       authority_key,
       survey,
       outcome,
       exemptions,
       received_at,
       answered_at,
       in_time,
       CAST(date_part('year', timezone('Europe/London', received_at)) AS BIGINT) AS year_received,
       -- the exemption list as '<s12><s40(2)>' so plain regular expressions can test it (no lambdas: their
       -- syntax changed between DuckDB releases)
       '<' || array_to_string(coalesce(exemptions, []), '><') || '>' AS exemption_tags
FROM request_outcomes;

CREATE OR REPLACE VIEW stg_extract__survey_subjects AS
SELECT survey,
       subject,
       kind
FROM survey_subjects;

-- The plausible ranges a survey declares per subject and measure (its subjects' `plausible`).
CREATE OR REPLACE VIEW stg_extract__survey_ranges AS
SELECT survey,
       subject,
       measure,
       low,
       high
FROM survey_ranges;

-- Exemptions cited per question (a refusal of part of a request).
CREATE OR REPLACE VIEW stg_extract__refusals AS
SELECT request_id,
       authority_key,
       survey,
       question,
       exemption
FROM refusals;
