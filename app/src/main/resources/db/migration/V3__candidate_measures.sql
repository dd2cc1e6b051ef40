-- The measures of DESIGN §5.1 of every candidate of an edition, computed from the current
-- versions of its data sets. measure_value is NULL when the measure is missing (no input, or a
-- denominator of 0); measure_level holds the ordinal regulation_level instead of a number.
CREATE TABLE candidate_measure (
    edition_year   INT              NOT NULL,
    category       VARCHAR(20)      NOT NULL,
    candidate_code VARCHAR          NOT NULL,
    measure        VARCHAR(40)      NOT NULL,
    measure_value  DOUBLE PRECISION,
    measure_level  VARCHAR(20)
);
CREATE INDEX candidate_measure_edition_idx ON candidate_measure (edition_year, category);

-- When the measures of an edition were computed, and from which data set versions.
CREATE TABLE measure_run (
    edition_year        INT     NOT NULL PRIMARY KEY REFERENCES edition (award_year),
    computed_by         VARCHAR(64) NOT NULL,
    computed_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    dataset_version_ids VARCHAR NOT NULL,
    candidates          BIGINT  NOT NULL
);
