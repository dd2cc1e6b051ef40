-- The measures of DESIGN §5.1 of every candidate of an edition, computed from the current
-- versions of its data sets: one row per candidate, one column per measure (named as in §5.1).
-- NULL is a missing measure (no input, or a denominator of 0) — and, for the measures of the
-- other kind of candidate (employer measures of a government and the reverse), not applicable.
CREATE TABLE candidate_measure (
    edition_year               INT         NOT NULL,
    category                   VARCHAR(20) NOT NULL,
    candidate_code             VARCHAR     NOT NULL,
    pu_coverage_pct            DOUBLE PRECISION,
    bpu_coverage_pct           DOUBLE PRECISION,
    coverage_growth_pp         DOUBLE PRECISION,
    village_ecosystem_pct      DOUBLE PRECISION,
    regulation_level           VARCHAR(20),
    nonasn_coverage_pct        DOUBLE PRECISION,
    vulnerable_per_1000        DOUBLE PRECISION,
    months_reported            DOUBLE PRECISION,
    registration_pct           DOUBLE PRECISION,
    program_complete_pct       DOUBLE PRECISION,
    ontime_pct                 DOUBLE PRECISION,
    wage_compliance_pct        DOUBLE PRECISION,
    arrears                    DOUBLE PRECISION,
    vulnerable_per_100_workers DOUBLE PRECISION,
    supply_chain_pct           DOUBLE PRECISION,
    worker_growth_pct          DOUBLE PRECISION
);
CREATE INDEX candidate_measure_edition_idx ON candidate_measure (edition_year, candidate_code);

-- When the measures of an edition were computed, and from which data set versions.
CREATE TABLE measure_run (
    edition_year        INT         NOT NULL PRIMARY KEY REFERENCES edition (award_year),
    computed_by         VARCHAR(64) NOT NULL,
    computed_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    dataset_version_ids VARCHAR     NOT NULL,
    candidates          BIGINT      NOT NULL
);
