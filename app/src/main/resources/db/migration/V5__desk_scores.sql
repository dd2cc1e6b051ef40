-- Desk scores and ranks (DESIGN §5.3–§5.4) of every candidate of an edition, per level and
-- category, computed by the engine from candidate_measure. One row per candidate and level;
-- replaced as a whole by each computation.
CREATE TABLE desk_score (
    edition_year   INT          NOT NULL,
    score_level    VARCHAR(10)  NOT NULL,
    category       VARCHAR(20)  NOT NULL,
    candidate_code VARCHAR      NOT NULL,
    candidate_name VARCHAR      NOT NULL,
    scope          VARCHAR(2)   NOT NULL,
    eligible       BOOLEAN      NOT NULL,
    -- the §5.1 flags, sorted, ';'-separated as in results.csv; empty when none
    flags          VARCHAR      NOT NULL,
    desk_score     NUMERIC(5, 2) NOT NULL,
    -- NULL when not eligible (never ranked)
    desk_rank      INT,
    -- published aspect scores as JSON text {"aspect id": score}; the jury aspect is absent
    aspect_scores  VARCHAR      NOT NULL
);
-- the leaderboard reads one level, category and scope in rank order
CREATE INDEX desk_score_board_idx ON desk_score (edition_year, score_level, category, scope, desk_rank);
CREATE INDEX desk_score_candidate_idx ON desk_score (edition_year, candidate_code);

-- The computation behind the stored desk scores: when, by whom, with which rubric versions
-- and from which measures (their computation time and data set versions).
CREATE TABLE desk_score_run (
    edition_year         INT          NOT NULL PRIMARY KEY REFERENCES edition (award_year),
    computed_by          VARCHAR(64)  NOT NULL,
    computed_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    measures_computed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    dataset_version_ids  VARCHAR      NOT NULL,
    -- JSON text {"CATEGORY": rubric version}
    rubric_versions      VARCHAR      NOT NULL,
    candidates           BIGINT       NOT NULL
);

-- Scoring reads each candidate's employer (name, region) beside its measures, by NPP.
CREATE INDEX data_employer_npp_idx ON data_employer (edition_year, npp);
